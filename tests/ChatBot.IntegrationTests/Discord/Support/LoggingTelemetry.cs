using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>Failures as log lines, as the host's telemetry writes them, so a test can read what a failure put in the logs.</summary>
internal sealed partial class LoggingTelemetry(ILogger<LoggingTelemetry> logger) : IBotTelemetry
{
    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception) => LogFailed(command, platform, exception);

    public void RateLimited(ChatPlatform platform, string scope)
    {
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} failed on {Platform}")]
    private partial void LogFailed(string command, ChatPlatform platform, Exception exception);
}
