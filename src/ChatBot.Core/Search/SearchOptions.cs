namespace ChatBot.Core.Search;

/// <summary>Knobs of the second ranking stage; the defaults are what the evaluation set was tuned with.</summary>
public sealed record SearchOptions
{
    /// <summary>How many first-stage candidates get phrase and proximity scoring.</summary>
    public int RescoreDepth { get; init; } = 64;

    /// <summary>Score multiplier range from no coverage to full coverage: score × (Floor + (1 − Floor) × coverage).</summary>
    public float CoverageFloor { get; init; } = 0.35f;
    public float ProximityWeight { get; init; } = 0.3f;
    public int ProximityWindow { get; init; } = 8;

    /// <summary>
    /// Score multiplier range from the passage's best sentence covering none of the query to covering all of it:
    /// score × (SentenceFloor + (1 − SentenceFloor) × best sentence coverage).
    /// </summary>
    public float SentenceFloor { get; init; } = 0.5f;

    /// <summary>Raises a sentence's coverage when it holds the kind of fact the question asks for (a date for "when").</summary>
    public float AnswerTypeBonus { get; init; } = 0.25f;

    /// <summary>Bibliography entries rank below the article's own words.</summary>
    public float ReferencePenalty { get; init; } = 0.6f;

    public static SearchOptions Default { get; } = new();
}
