using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.Host.Hosting;

/// <summary>Telemetry as structured logs: outcomes at Debug, failures at Error with the exception (never the user's full message).</summary>
internal sealed class LoggingBotTelemetry(ILogger<LoggingBotTelemetry> logger) : IBotTelemetry
{
    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs) =>
        logger.LogDebug("Answered on {Platform}: {Status}, cached {Cached}, {ElapsedMs:F2} ms", platform, status, cached, elapsedMs);

    public void CommandFailed(ChatPlatform platform, string command, Exception exception) =>
        logger.LogError(exception, "Command {Command} failed on {Platform}", command, platform);

    public void RateLimited(ChatPlatform platform, string scope) =>
        logger.LogInformation("Rate limited on {Platform} ({Scope})", platform, scope);
}
