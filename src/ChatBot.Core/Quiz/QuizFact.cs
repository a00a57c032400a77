namespace ChatBot.Core.Quiz;

/// <summary>A blankable answer in a verbatim corpus sentence (or fact-card quote), with where it is cited from.</summary>
public sealed record QuizFact(ClozeAnswer Answer, string Sentence, string ArticleId, string PassageId, int[] Terms);
