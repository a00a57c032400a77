namespace ChatBot.Core.Questions;

/// <summary>A question's kind and how sure the classifier is (0–1).</summary>
public readonly record struct QuestionClassification(QuestionKind Kind, float Confidence)
{
    public override string ToString() => $"{Kind} ({Confidence:P0})";
}
