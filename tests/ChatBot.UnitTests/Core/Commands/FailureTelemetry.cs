using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Study;

/// <summary>Keeps every handler failure, so a test that meets a polite error reply can show what really broke.</summary>
internal sealed class FailureTelemetry : IBotTelemetry
{
    public List<Exception> Failures { get; } = [];

    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception)
    {
        lock (Failures)
        {
            Failures.Add(exception);
        }
    }

    public void RateLimited(ChatPlatform platform, string scope)
    {
    }
}
