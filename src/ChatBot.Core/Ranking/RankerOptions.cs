namespace ChatBot.Core.Ranking;

/// <summary>How much evidence the learned ranker looks at per question.</summary>
public sealed record RankerOptions
{
    /// <summary>First-stage passages the passage ranker re-orders.</summary>
    public int Candidates { get; init; } = 24;

    /// <summary>Best passages (after re-ordering) whose sentences the sentence ranker scores.</summary>
    public int SentencePassages { get; init; } = 5;

    public static RankerOptions Default { get; } = new();
}
