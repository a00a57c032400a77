using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>The server side of one gateway connection: what the client sent, in order, and how it closed.</summary>
internal sealed class GatewayPeer(WebSocket socket, string path, string query)
{
    private readonly Channel<JsonObject> received = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource<int?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>The client's close code (null when the connection just dropped).</summary>
    public Task<int?> Closed => closed.Task;

    public Task SendAsync(string json) => socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendHelloAsync(int intervalMs) => SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{intervalMs}}},"s":null,"t":null}""");

    public Task SendReadyAsync(string botUserId, Uri resumeUrl, string sessionId = "session-1", long sequence = 1) =>
        SendAsync(new JsonObject
        {
            ["op"] = 0,
            ["s"] = sequence,
            ["t"] = "READY",
            ["d"] = new JsonObject
            {
                ["v"] = 10,
                ["user"] = new JsonObject { ["id"] = botUserId, ["username"] = "abduction-bot", ["bot"] = true },
                ["guilds"] = new JsonArray(),
                ["session_id"] = sessionId,
                ["resume_gateway_url"] = resumeUrl.ToString(),
                ["application"] = new JsonObject { ["id"] = Payloads.ApplicationId, ["flags"] = 0 },
            },
        }.ToJsonString());

    public Task SendDispatchAsync(string type, JsonObject data, long sequence) =>
        SendAsync(new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data }.ToJsonString());

    public Task CloseAsync(int code) => socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);

    /// <summary>The connection drops mid-stream: half a frame goes out, then the TCP connection is cut without a close frame.</summary>
    public async Task DropMidMessageAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await socket.SendAsync(bytes.AsMemory(0, bytes.Length / 2), WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        socket.Abort();
    }

    /// <summary>The next payload with this opcode; payloads with other opcodes (heartbeats, say) are skipped.</summary>
    public async Task<JsonObject> ReceiveOpAsync(int op)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var payload = await received.Reader.ReadAsync(timeout.Token);
            if ((int)payload["op"]! == op)
            {
                return payload;
            }
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    closed.TrySetResult((int?)result.CloseStatus);
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }

                    return;
                }

                received.Writer.TryWrite(JsonNode.Parse(message.ToArray())!.AsObject());
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            closed.TrySetResult(null);
        }
    }
}
