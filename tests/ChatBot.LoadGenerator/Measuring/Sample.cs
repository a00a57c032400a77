namespace ChatBot.LoadGenerator.Measuring;

/// <summary>
/// One request as measured: when it started (ms into the run), how long the first response took, how it ended, and
/// which replica it went to (-1: a Slack event delivered to every replica; its latency is the slower acknowledgement).
/// </summary>
internal sealed record Sample(
    int Number,
    Platform Platform,
    QuestionKind Kind,
    double StartedMs,
    double LatencyMs,
    bool Deferred,
    string? FollowUpKey,
    string? Failure,
    int Replica = 0)
{
    public bool Failed => Failure is not null;

    public double EndedMs => StartedMs + LatencyMs;
}
