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
    private readonly SemaphoreSlim sendLock = new(1, 1);
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

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
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
        catch (Exception exception) when (exception is WebSocketException or IOException)
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
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            socket.Abort();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        sendLock.Dispose();
        sendLimit.Dispose();
    }
}
