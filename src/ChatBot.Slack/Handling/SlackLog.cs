using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>Structured log messages. Ids and lengths only: never tokens, secrets or what users wrote.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(1, LogLevel.Warning, "Slack request to {Path} rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string path, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Slack request to {Path} is malformed: {Reason}")]
    public static partial void MalformedRequest(ILogger logger, string path, string reason);

    [LoggerMessage(3, LogLevel.Debug, "Slack {Command} in {ChannelId} from {UserId}")]
    public static partial void Dispatching(ILogger logger, string command, string channelId, string userId);

    [LoggerMessage(5, LogLevel.Warning, "Slack {Method} failed: {Error}")]
    public static partial void ApiCallFailed(ILogger logger, string method, string error);

    [LoggerMessage(6, LogLevel.Information, "Slack event {EventId} already handled (retry {RetryNum})")]
    public static partial void DuplicateEvent(ILogger logger, string eventId, string? retryNum);

    [LoggerMessage(7, LogLevel.Debug, "Slack event {EventType} ignored: {Reason}")]
    public static partial void EventIgnored(ILogger logger, string? eventType, string reason);

    [LoggerMessage(8, LogLevel.Error, "Slack background work {Name} failed")]
    public static partial void BackgroundFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(10, LogLevel.Warning, "Slack shutdown stopped waiting for {Count} answers still in flight")]
    public static partial void ShutdownAbandoned(ILogger logger, int count);

    [LoggerMessage(11, LogLevel.Information, "Slack Socket Mode connected")]
    public static partial void SocketConnected(ILogger logger);

    [LoggerMessage(12, LogLevel.Information, "Slack Socket Mode disconnect requested: {Reason}")]
    public static partial void SocketDisconnect(ILogger logger, string? reason);

    [LoggerMessage(13, LogLevel.Warning, "Slack Socket Mode connection failed; reconnecting in {Delay}")]
    public static partial void SocketFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(14, LogLevel.Debug, "Slack Socket Mode envelope {EnvelopeType} {EnvelopeId}")]
    public static partial void SocketEnvelope(ILogger logger, string? envelopeType, string? envelopeId);

    [LoggerMessage(15, LogLevel.Warning, "Slack request to {Path} refused: a replay of a request already accepted")]
    public static partial void ReplayRefused(ILogger logger, string path);
}
