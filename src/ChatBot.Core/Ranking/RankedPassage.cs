using ChatBot.Core.Search;

namespace ChatBot.Core.Ranking;

/// <summary>A candidate passage after the learned ranker: its first-stage hit, how it matches, its features and score.</summary>
public sealed record RankedPassage(SearchHit Hit, PassageMatch Match, float[] Features)
{
    public float Score { get; set; }

    /// <summary>1-based rank after the learned ranker.</summary>
    public int Rank { get; set; }
}
