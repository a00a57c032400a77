using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

/// <summary>The committed model as a host loads it (from the build output), and the labelled data, loaded once per test class.</summary>
public sealed class CommittedModelFixture : IAsyncLifetime, IDisposable
{
    public MlQuestionClassifier Classifier { get; } = new(MlQuestionClassifier.DefaultModelPath);

    public IReadOnlyList<LabelledQuestion> AllRows { get; private set; } = [];

    public IReadOnlyList<LabelledQuestion> TestRows { get; private set; } = [];

    public async Task InitializeAsync()
    {
        AllRows = await QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath);
        TestRows = AllRows.Where(r => r.Split == DatasetSplit.Test).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Classifier.Dispose();
}
