namespace ChatBot.Core.Generation;

/// <summary>How the generated answer path runs: its time limit, how many passages the model reads, and the check.</summary>
public sealed record GroundedAnswerOptions
{
    /// <summary>After this the extractive answer is returned; covers retrieval, retries and generation.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxPassages { get; init; } = 6;

    public GroundednessOptions Groundedness { get; init; } = GroundednessOptions.Default;
}
