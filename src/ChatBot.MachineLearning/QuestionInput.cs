namespace ChatBot.MachineLearning;

/// <summary>The row ML.NET trains on and predicts from; the model's input schema is these two columns.</summary>
internal sealed class QuestionInput
{
    public string Label { get; set; } = string.Empty;

    public string Question { get; set; } = string.Empty;
}
