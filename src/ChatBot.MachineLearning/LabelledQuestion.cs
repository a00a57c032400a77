using ChatBot.Core.Questions;

namespace ChatBot.MachineLearning;

/// <summary>One row of the labelled question data.</summary>
public sealed record LabelledQuestion(QuestionKind Kind, DatasetSplit Split, string Question);
