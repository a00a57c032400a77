namespace ChatBot.LoadGenerator.Measuring;

/// <summary>One request as measured: when it started (ms into the run), how long the first response took, and how it ended.</summary>
internal sealed record Sample(
    int Number,
    Platform Platform,
    QuestionKind Kind,
    double StartedMs,
    double LatencyMs,
    bool Deferred,
    string? FollowUpKey,
    string? Failure)
{
    public bool Failed => Failure is not null;

    public double EndedMs => StartedMs + LatencyMs;
}
