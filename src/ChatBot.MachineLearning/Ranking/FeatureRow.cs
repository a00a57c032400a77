namespace ChatBot.MachineLearning.Ranking;

/// <summary>One training example: a candidate's features, its label, and the question it belongs to.</summary>
public sealed record FeatureRow(int Group, float Label, float[] Features)
{
    /// <summary>How much the example counts in training (the team's own questions count more than one SQuAD question).</summary>
    public float Weight { get; init; } = 1;
}
