using ChatBot.Core.Questions;

namespace ChatBot.MachineLearning;

/// <summary>How many held-out questions of one kind were classified as that kind (per-class recall).</summary>
public sealed record ClassAccuracy(QuestionKind Kind, int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}
