using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Core's metrics (<see cref="BotMetrics"/>, exported at /metrics) plus structured logs: one Information line per
/// answer (platform, status, cached, time), failures at Error with the exception; the user's message is never logged.
/// </summary>
internal sealed partial class LoggingBotTelemetry(ILogger<LoggingBotTelemetry> logger, BotMetrics metrics) : IBotTelemetry
{
    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
        metrics.Answered(platform, status, cached, elapsedMs);
        LogAnswered(platform, status, cached, elapsedMs);
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception)
    {
        metrics.CommandFailed(platform, command, exception);
        LogCommandFailed(command, platform, exception);
    }

    public void RateLimited(ChatPlatform platform, string scope)
    {
        metrics.RateLimited(platform, scope);
        LogRateLimited(platform, scope);
    }

    public void ModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome)
    {
        metrics.ModeratorAction(platform, userId, action, target, outcome);
        LogModeratorAction(platform, userId, action, target, outcome);
    }

    [LoggerMessage(1, LogLevel.Information, "Answered on {Platform}: {Status}, cached {Cached}, {ElapsedMs:F2} ms")]
    private partial void LogAnswered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs);

    [LoggerMessage(2, LogLevel.Error, "Command {Command} failed on {Platform}")]
    private partial void LogCommandFailed(string command, ChatPlatform platform, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Rate limited on {Platform} ({Scope})")]
    private partial void LogRateLimited(ChatPlatform platform, string scope);

    [LoggerMessage(4, LogLevel.Information, "Moderator action on {Platform} by user {UserId}: {Action} {Target} ({Outcome})")]
    private partial void LogModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome);
}
