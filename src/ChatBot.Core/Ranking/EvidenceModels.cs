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

    /// <summary>What the trainer recorded: data, splits and held-out numbers (shown by <c>chatbot train-ranker</c>).</summary>
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();

    public static EvidenceModels Untrained { get; } = new(null, null, null, 0.5f);
}
