namespace ChatBot.Core.Answers;

/// <summary>How many sentences an answer takes. The margin is chosen on held-out articles by the trainer.</summary>
public sealed record AnswerChoiceOptions
{
    public int MaxSentences { get; init; } = 3;

    /// <summary>Answers aim at about this many words; a single longer sentence is trimmed around what was asked.</summary>
    public int WordBudget { get; init; } = 60;

    /// <summary>
    /// A further sentence joins the answer when its learned score is within this margin of the best one: the
    /// ranker is unsure which of them holds the answer, so both are shown.
    /// </summary>
    public float Margin { get; init; } = 1.0f;

    public static AnswerChoiceOptions Default { get; } = new();
}
