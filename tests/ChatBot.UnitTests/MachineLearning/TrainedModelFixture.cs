using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

/// <summary>One training run into a temporary folder, shared by a test class: training takes seconds, not milliseconds.</summary>
public sealed class TrainedModelFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"chatbot-classifier-{Guid.NewGuid():N}");

    public string ModelPath => Path.Combine(Folder, "question-classifier.zip");

    public TrainingResult Result { get; private set; } = null!;

    public IReadOnlyList<LabelledQuestion> TestRows { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Result = await QuestionClassifierTrainer.TrainAndSaveAsync(QuestionClassifierTrainer.DefaultDataPath, ModelPath);
        var rows = await QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath);
        TestRows = rows.Where(r => r.Split == DatasetSplit.Test).ToList();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
