namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>A gold answer: its text and where it starts in the paragraph.</summary>
public readonly record struct QaAnswer(string Text, int Start);
