using System.Text.Json;

using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// The gateway state machine: connect, Hello, Identify or Resume, heartbeat, dispatch MESSAGE_CREATE, and on every
/// disconnect decide between resuming, identifying afresh (with back-off) or stopping for good.
/// </summary>
public sealed partial class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    MentionResponder mentions,
    IGatewayJitter jitter,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    GatewayShard shard)
{
    private const int ReconnectCloseCode = 4000;
    private readonly GatewaySession session = new();
    private Uri? gatewayUrl;

    public GatewayState State { get; private set; } = GatewayState.Disconnected;

    public GatewayShard Shard => shard;

    /// <summary>Runs until cancelled or until Discord closes with a code that must not be retried.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = await ConnectOnceAsync(cancellationToken);
            if (next == GatewayNext.Stop || cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (next == GatewayNext.Identify)
            {
                session.Clear();
            }

            failures = State == GatewayState.Ready ? 0 : failures + 1;
            State = GatewayState.Disconnected;
            await BackOffAsync(failures, cancellationToken);
        }

        State = GatewayState.Stopped;
    }

    private async Task<GatewayNext> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        State = GatewayState.Connecting;
        var resume = session.CanResume;
        GatewayConnection connection;
        try
        {
            var url = resume ? session.ResumeUrl! : gatewayUrl ??= options.Value.Gateway.Url ?? await rest.GetGatewayUrlAsync(cancellationToken);
            connection = await GatewayConnection.ConnectAsync(WithQuery(url), cancellationToken);
        }
        catch (DiscordRestException exception) when (exception.Status is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
        {
            LogFatalClose(null, $"{exception.Route} answered {(int)exception.Status}: check ChatBot:Discord:BotToken");
            return GatewayNext.Stop;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogConnectFailed(exception.GetType().Name, exception.Message);
            return GatewayNext.Resume;
        }
        catch (OperationCanceledException)
        {
            return GatewayNext.Stop;
        }

        using (connection)
        {
            var next = await RunConnectionAsync(connection, resume, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
            {
                await connection.CloseAsync(1000, "shutting down");
            }

            return next;
        }
    }

    private async Task<GatewayNext> RunConnectionAsync(GatewayConnection connection, bool resume, CancellationToken cancellationToken)
    {
        var hello = await connection.ReceiveAsync(cancellationToken);
        if (hello.Payload is not { Op: GatewayOpcode.Hello, D: { } helloData } || !helloData.TryGetProperty("heartbeat_interval", out var intervalMs))
        {
            return Ended(hello);
        }

        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeater = new Heartbeater(connection, session, TimeSpan.FromMilliseconds(intervalMs.GetDouble()), jitter.Next(), time, logger);
        var heartbeat = heartbeater.RunAsync(heartbeatStop.Token);
        try
        {
            await StartSessionAsync(connection, resume, cancellationToken);
            while (true)
            {
                var receive = connection.ReceiveAsync(cancellationToken);
                if (await Task.WhenAny(receive, heartbeat) == heartbeat && !receive.IsCompleted)
                {
                    await connection.CloseAsync(ReconnectCloseCode, "no heartbeat ack");
                    return GatewayNext.Resume;
                }

                var frame = await receive;
                if (frame.Payload is not { } payload)
                {
                    return Ended(frame);
                }

                if (await HandleAsync(payload, heartbeater, connection, cancellationToken) is { } next)
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return GatewayNext.Stop;
        }
        finally
        {
            await heartbeatStop.CancelAsync();
            await heartbeat.ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    private async Task StartSessionAsync(GatewayConnection connection, bool resume, CancellationToken cancellationToken)
    {
        var token = options.Value.BotToken!.Trim();
        if (resume)
        {
            State = GatewayState.Resuming;
            LogResuming(session.Sequence);
            await connection.SendAsync(GatewayCommands.Resume(token, session.SessionId!, session.Sequence), cancellationToken);
        }
        else
        {
            State = GatewayState.Identifying;
            await connection.SendAsync(GatewayCommands.Identify(token, GatewayIntents.Default, shard), cancellationToken);
        }
    }

    /// <returns>How to continue when this payload ends the connection; null to keep reading.</returns>
    private async Task<GatewayNext?> HandleAsync(GatewayPayload payload, Heartbeater heartbeater, GatewayConnection connection, CancellationToken cancellationToken)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Dispatch:
                session.Observe(payload.S);
                OnDispatch(payload.T, payload.D);
                return null;
            case GatewayOpcode.Heartbeat:
                await heartbeater.BeatNowAsync(cancellationToken);
                return null;
            case GatewayOpcode.HeartbeatAck:
                heartbeater.Acknowledge();
                return null;
            case GatewayOpcode.Reconnect:
                LogReconnectRequested();
                await connection.CloseAsync(ReconnectCloseCode, "reconnect requested");
                return GatewayNext.Resume;
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                LogInvalidSession(resumable);
                await connection.CloseAsync(ReconnectCloseCode, "invalid session");
                return resumable ? GatewayNext.Resume : GatewayNext.Identify;
            default:
                return null;
        }
    }

    private void OnDispatch(string? type, JsonElement? data)
    {
        switch (type)
        {
            case "READY" when data is { } ready:
                var resumeUrl = ready.TryGetProperty("resume_gateway_url", out var url) && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var parsed) ? parsed : null;
                session.Start(ready.GetProperty("session_id").GetString()!, resumeUrl);
                session.BotUserId = ready.GetProperty("user").GetProperty("id").GetString();
                State = GatewayState.Ready;
                LogReady(shard, session.BotUserId);
                break;
            case "RESUMED":
                State = GatewayState.Ready;
                LogResumed();
                break;
            case "MESSAGE_CREATE" when data is { } message && session.BotUserId is { } botUserId:
                mentions.Accept(message, botUserId);
                break;
        }
    }

    private GatewayNext Ended(GatewayFrame frame)
    {
        var next = GatewayCloseCodes.NextAfter(frame.CloseCode);
        if (next == GatewayNext.Stop)
        {
            LogFatalClose(frame.CloseCode, GatewayCloseCodes.Describe(frame.CloseCode));
        }
        else
        {
            LogClosed(frame.CloseCode, GatewayCloseCodes.Describe(frame.CloseCode), next);
        }

        return next;
    }

    private async Task BackOffAsync(int failures, CancellationToken cancellationToken)
    {
        var gateway = options.Value.Gateway;
        if (failures == 0 || gateway.ReconnectDelay <= TimeSpan.Zero)
        {
            return;
        }

        var exponential = gateway.ReconnectDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        var delay = TimeSpan.FromTicks((long)(Math.Min(exponential.Ticks, gateway.MaxReconnectDelay.Ticks) * (0.5 + (jitter.Next() / 2))));
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway shard {Shard} ready as user {BotUserId}")]
    private partial void LogReady(GatewayShard shard, string? botUserId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed")]
    private partial void LogResumed();

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming the Discord gateway session at sequence {Sequence}")]
    private partial void LogResuming(long? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked the gateway client to reconnect")]
    private partial void LogReconnectRequested();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway session invalidated (resumable: {Resumable})")]
    private partial void LogInvalidSession(bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway closed ({CloseCode}: {Reason}); next: {Next}")]
    private partial void LogClosed(int? closeCode, string reason, GatewayNext next);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord gateway closed with {CloseCode} ({Reason}). This cannot be fixed by reconnecting, so @mentions and DMs will not be answered until the configuration is fixed and the host restarted")]
    private partial void LogFatalClose(int? closeCode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to the Discord gateway ({Error}: {Message})")]
    private partial void LogConnectFailed(string error, string message);
}
