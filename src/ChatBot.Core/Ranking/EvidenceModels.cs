using ChatBot.Core.Answers;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The trained models of the answer engine: passage ranker, sentence ranker and answerability, plus the decline
/// threshold and answer length rule chosen on held-out articles. A missing model falls back to the plain lexical
/// order (used while training the next model).
/// </summary>
public sealed record EvidenceModels(TreeEnsemble? Passage, TreeEnsemble? Sentence, AnswerabilityModel? Answerability, float Threshold)
{
    public AnswerChoiceOptions Choice { get; init; } = AnswerChoiceOptions.Default;

    /// <summary>Trained on the lexical features plus the semantic ones (question and passage vectors).</summary>
    public bool Dense { get; init; }

    public static EvidenceModels Untrained { get; } = new(null, null, null, 0.5f);
}
