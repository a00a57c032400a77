using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.RateLimiting;

using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message receives parsed as payloads, serialised sends kept under Discord's
/// 120 commands per 60 seconds, and closes that never throw.
/// </summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;
    private const int NormalClosure = 1000;

    /// <summary>How long a goodbye waits for the gateway to answer its close frame before the socket is dropped.</summary>
    private static readonly TimeSpan CloseHandshake = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim sendLock = new(1, 1);

    /// <summary>Cancels the socket's own receive, which aborts it: only once a goodbye has gone unanswered.</summary>
    private readonly CancellationTokenSource abandon = new();
    private int saidGoodbye;
    private readonly SlidingWindowRateLimiter sendLimit = new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = 110,
        Window = TimeSpan.FromSeconds(60),
        SegmentsPerWindow = 6,
        QueueLimit = 100,
    });

    public static async Task<GatewayConnection> ConnectAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero; // heartbeats are the keep-alive
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            return new GatewayConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The next whole message. Cancelling ends the connection normally — a close frame with 1000, so Discord ends the
    /// session and the bot goes offline at once — and then throws <see cref="OperationCanceledException"/>. The
    /// cancellation token is not handed to the socket: a cancelled WebSocket receive aborts the connection without
    /// any close frame, which Discord reads as a dropped connection to be resumed.
    /// </summary>
    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        GatewayFrame frame;
        using (cancellationToken.UnsafeRegister(static state => ((GatewayConnection)state!).SayGoodbye(), this))
        {
            frame = await ReceiveFrameAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return frame;
    }

    private void SayGoodbye()
    {
        if (Interlocked.Exchange(ref saidGoodbye, 1) == 0)
        {
            _ = SayGoodbyeAsync();
        }
    }

    private async Task SayGoodbyeAsync()
    {
        await CloseAsync(NormalClosure, "shutting down");
        try
        {
            abandon.CancelAfter(CloseHandshake);
        }
        catch (ObjectDisposedException)
        {
            // The connection was disposed while the close went out: nothing is left to abandon.
        }
    }

    private async Task<GatewayFrame> ReceiveFrameAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), abandon.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(socket.CloseStatus is { } status ? (int)status : 1000, "closing");
                    return GatewayFrame.Closed(socket.CloseStatus is { } code ? (int)code : null);
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    return GatewayFrame.Closed(null);
                }

                if (result.EndOfMessage)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return GatewayFrame.Closed(null);
        }

        try
        {
            var payload = JsonSerializer.Deserialize(buffer.WrittenSpan, DiscordJsonContext.Default.GatewayPayload);
            return payload is null ? GatewayFrame.Closed(null) : new GatewayFrame(payload, null);
        }
        catch (JsonException)
        {
            return GatewayFrame.Closed(null);
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        using var lease = await sendLimit.AcquireAsync(1, cancellationToken);
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Any code but 1000/1001 keeps the session resumable; 1000 ends it (used on shutdown).</summary>
    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseHandshake);

            // A close frame is a send: it waits for a heartbeat going out at the same moment (two sends at once throw).
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
                }
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while closing (shutdown raced the end of the connection): the socket is gone already.
        }
    }

    public void Dispose()
    {
        abandon.Dispose();
        socket.Dispose();
        sendLock.Dispose();
        sendLimit.Dispose();
    }
}
