namespace ChatBot.MachineLearning.Ranking;

/// <summary>LightGBM settings. One thread and a fixed seed make training deterministic: same rows, same trees.</summary>
public sealed record TreeTrainerOptions
{
    public int Leaves { get; init; } = 15;
    public int Iterations { get; init; } = 150;
    public double LearningRate { get; init; } = 0.05;
    public int MinimumExamplesPerLeaf { get; init; } = 20;
    public int Seed { get; init; } = QuestionClassifierTrainer.Seed;
}
