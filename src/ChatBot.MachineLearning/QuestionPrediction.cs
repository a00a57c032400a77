namespace ChatBot.MachineLearning;

/// <summary>What the model returns: the label it picked and one probability per label, in the model's label order.</summary>
internal sealed class QuestionPrediction
{
    public string PredictedLabel { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
