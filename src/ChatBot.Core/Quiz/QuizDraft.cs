namespace ChatBot.Core.Quiz;

/// <summary>
/// A generated question: the sentence with its answer blanked, the choices (the right one among them), and the
/// verbatim quote that supports the answer, with its article and passage.
/// </summary>
public sealed record QuizDraft(QuizKind Kind, string Prompt, IReadOnlyList<string> Choices, int Correct, string Quote, string AnswerSurface, string ArticleId, string PassageId);
