namespace ChatBot.Core.Answers;

/// <summary>Thresholds of the extractive answer engine; the defaults are what the evaluation set was tuned with.</summary>
public sealed record AnswerEngineOptions
{
    /// <summary>Passages whose sentences are considered.</summary>
    public int PassageDepth { get; init; } = 5;

    /// <summary>
    /// The least share of the question's weight the best evidence must cover to answer. Evidence is the best
    /// sentence's coverage plus half of what its neighbours add.
    /// </summary>
    public float MinEvidence { get; init; } = 0.5f;

    /// <summary>How much a sentence holding the kind of fact asked for (a date for "when") is preferred.</summary>
    public float AnswerTypeBonus { get; init; } = 0.35f;

    /// <summary>How much the passage's retrieval score counts next to the sentence's own coverage.</summary>
    public float PassageWeight { get; init; } = 0.25f;

    public int MaxSentences { get; init; } = 3;

    /// <summary>Answers aim at about this many words; a single long sentence is trimmed around what was asked.</summary>
    public int WordBudget { get; init; } = 60;

    public static AnswerEngineOptions Default { get; } = new();
}
