using ChatBot.MachineLearning;
using ChatBot.MachineLearning.Questions;
using Microsoft.ML;

namespace ChatBot.UnitTests.MachineLearning.Questions;

/// <summary>
/// The committed model twice: compiled straight from the transformer chain (without the load-time check, so a wrong
/// compiled model is seen here rather than quietly replaced by the engine), and behind a classifier that always uses
/// ML.NET's engine, the reference. Plus every labelled and blind question.
/// </summary>
public sealed class CompiledQuestionModelFixture : IAsyncLifetime, IDisposable
{
    internal CompiledQuestionModel Compiled { get; private set; } = null!;

    public MlQuestionClassifier Engine { get; } = new(MlQuestionClassifier.DefaultModelPath, compile: false);

    public IReadOnlyList<string> Questions { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var mlContext = new MLContext(seed: 1);
        var (model, inputSchema, _) = QuestionModelFile.Load(mlContext, MlQuestionClassifier.DefaultModelPath);
        Compiled = CompiledQuestionModel.TryCreate(mlContext, model, inputSchema)
            ?? throw new InvalidOperationException("The committed model did not compile.");
        var labelled = await QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath);
        var blind = await QuestionDataset.LoadAsync(Path.Combine(AppContext.BaseDirectory, "Data", "questions.blind.tsv"));
        Questions = [.. labelled.Concat(blind).Select(r => r.Question)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Engine.Dispose();
}
