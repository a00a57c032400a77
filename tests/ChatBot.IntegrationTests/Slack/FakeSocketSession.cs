using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>The server side of one Socket Mode connection: the test sends frames and reads the bot's acknowledgements.</summary>
public sealed class FakeSocketSession(WebSocket socket)
{
    private readonly Channel<string> received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Closed => closed.Task;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The connection drops mid-stream: half a frame goes out, then the TCP connection is cut without a close frame.</summary>
    public async Task DropMidMessageAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await socket.SendAsync(bytes.AsMemory(0, bytes.Length / 2), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        socket.Abort();
    }

    public async Task<JsonObject> NextMessageAsync() =>
        JsonNode.Parse(await received.Reader.ReadAsync().AsTask().WaitAsync(FakeSlackServer.Patience))!.AsObject();

    internal async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    received.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The bot side went away; the test sees it through Closed.
        }
        finally
        {
            closed.TrySetResult();
        }
    }
}
