namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>A paragraph of a reading-comprehension article and the questions asked about it.</summary>
public sealed record QaParagraph(string Context, IReadOnlyList<QaQuestion> Questions);
