using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

using ChatBot.Slack.Handling;
using ChatBot.Slack.Payloads;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads frames, hands each envelope to <see cref="SocketEnvelopeRouter"/> without
/// blocking the next, and sends every acknowledgement back on this same socket (one send at a time).
/// Returns when Slack asks to disconnect (after in-flight envelopes are acknowledged) or the socket closes.
/// </summary>
internal sealed class SocketModeConnection(WebSocket socket, SocketEnvelopeRouter router, TimeProvider timeProvider, ILogger logger)
{
    public const int MaxMessageBytes = 1024 * 1024;
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            while (socket.State == WebSocketState.Open && await ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } frame)
            {
                var envelope = Parse(frame);
                SlackLog.SocketEnvelope(logger, envelope?.Type, envelope?.EnvelopeId);
                switch (envelope?.Type)
                {
                    case null:
                        continue;
                    case "hello":
                        SlackLog.SocketConnected(logger);
                        continue;
                    case "disconnect":
                        SlackLog.SocketDisconnect(logger, envelope.Reason);
                        return;
                }

                if (envelope.EnvelopeId is { Length: > 0 } id)
                {
                    var task = Task.Run(() => HandleAsync(envelope, id, cancellationToken), CancellationToken.None);
                    _inFlight[id] = task;
                    _ = task.ContinueWith(_ => _inFlight.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            await Task.WhenAll(_inFlight.Values).WaitAsync(DrainTimeout, timeProvider, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(SocketEnvelope envelope, string envelopeId, CancellationToken cancellationToken)
    {
        var acknowledgement = new SocketAck(envelopeId);
        try
        {
            acknowledgement = await router.RouteAsync(envelope, envelopeId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            SlackLog.BackgroundFailed(logger, "socket envelope " + envelope.Type, exception);
        }
        finally
        {
            await SendAsync(acknowledgement, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendAsync(SocketAck acknowledgement, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(acknowledgement, SlackJsonContext.Default.SocketAck);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new InvalidDataException("Socket Mode message over 1 MiB");
            }

            if (result.EndOfMessage)
            {
                return message.ToArray();
            }
        }
    }

    private static SocketEnvelope? Parse(byte[] frame)
    {
        try
        {
            return JsonSerializer.Deserialize(frame, SlackJsonContext.Default.SocketEnvelope);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(DrainTimeout, timeProvider);
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The server may already be gone; the next connection does not depend on a clean close.
        }
    }
}
