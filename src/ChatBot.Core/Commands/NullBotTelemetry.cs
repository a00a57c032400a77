using ChatBot.Core.Answers;

namespace ChatBot.Core.Commands;

/// <summary>Reports nothing (CLI and tests).</summary>
public sealed class NullBotTelemetry : IBotTelemetry
{
    public static NullBotTelemetry Instance { get; } = new();

    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception)
    {
    }

    public void RateLimited(ChatPlatform platform, string scope)
    {
    }

    public void ModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome)
    {
    }
}
