using System.Collections.Concurrent;

using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Delivery;

/// <summary>Keeps each failure reported, with the name it was reported under.</summary>
internal sealed class RecordingTelemetry : IBotTelemetry
{
    public ConcurrentQueue<(string Command, Exception Exception)> Failures { get; } = new();

    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception) => Failures.Enqueue((command, exception));

    public void RateLimited(ChatPlatform platform, string scope)
    {
    }
}
