using ChatBot.Core.Questions;

namespace ChatBot.MachineLearning;

/// <summary>An off-diagonal cell of the confusion matrix: questions of one kind taken for another.</summary>
public sealed record ConfusionCell(QuestionKind Actual, QuestionKind Predicted, int Count);
