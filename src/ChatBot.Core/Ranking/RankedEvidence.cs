namespace ChatBot.Core.Ranking;

/// <summary>Everything the ranker found for one question: passages and sentences, best first.</summary>
public sealed record RankedEvidence(QuestionProfile Question, IReadOnlyList<RankedPassage> Passages, IReadOnlyList<RankedSentence> Sentences);
