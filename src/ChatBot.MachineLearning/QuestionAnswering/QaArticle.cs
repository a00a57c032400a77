namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>A reading-comprehension article (a Wikipedia page in SQuAD): its title and paragraphs.</summary>
public sealed record QaArticle(string Title, IReadOnlyList<QaParagraph> Paragraphs);
