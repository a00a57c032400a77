using ChatBot.Core.Ranking;

namespace ChatBot.Core.Answers;

/// <summary>
/// Settings of the extractive answer engine. Left empty, the decline threshold and the answer length rule are the
/// ones the trainer chose on held-out articles and stored with the models.
/// </summary>
public sealed record AnswerEngineOptions
{
    public RankerOptions Ranker { get; init; } = RankerOptions.Default;

    /// <summary>
    /// Answer only when the answerability model gives at least this probability that the evidence answers the
    /// question; null takes the models' own threshold. Higher declines more and answers more reliably.
    /// </summary>
    public float? Threshold { get; init; }

    /// <summary>Null takes the models' own answer length rule.</summary>
    public AnswerChoiceOptions? Choice { get; init; }

    /// <summary>
    /// A declined question still shows the nearest sentence the articles hold when it covers at least this share
    /// of the question (so the asker sees what there is, clearly marked as not an answer).
    /// </summary>
    public float NearestCoverage { get; init; } = 0.5f;

    public static AnswerEngineOptions Default { get; } = new();
}
