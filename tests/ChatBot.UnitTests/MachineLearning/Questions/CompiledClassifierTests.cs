using ChatBot.Core.Questions;
using ChatBot.MachineLearning;
using ChatBot.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace ChatBot.UnitTests.MachineLearning.Questions;

public sealed class CompiledClassifierTests(CompiledQuestionModelFixture model) : IClassFixture<CompiledQuestionModelFixture>
{
    [Fact]
    public async Task CommittedModel_Compiles()
    {
        using var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath);

        await classifier.CompileAsync();

        Assert.True(classifier.IsCompiled);
    }

    [Fact]
    public async Task AFewQuestions_GoToTheEngine_ThenTheCompiledModelTakesOver_WithTheSameAnswers()
    {
        using var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath);
        var questions = model.Questions.Take(40).ToList();

        var first = questions.Take(31).Select(classifier.Classify).ToList();
        Assert.False(classifier.IsCompiling);
        first.AddRange(questions.Skip(31).Select(classifier.Classify));
        Assert.True(classifier.IsCompiling);
        await classifier.CompileAsync();
        var after = questions.Select(classifier.Classify).ToList();

        Assert.True(classifier.IsCompiled);
        Assert.Equal(first.Select(c => (c.Kind, BitConverter.SingleToInt32Bits(c.Confidence))), after.Select(c => (c.Kind, BitConverter.SingleToInt32Bits(c.Confidence))));
    }

    [Fact]
    public async Task EngineOnly_NeverCompiles()
    {
        using var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath, compile: false);

        _ = model.Questions.Take(40).Select(classifier.Classify).ToList();
        await classifier.CompileAsync();

        Assert.False(classifier.IsCompiling);
        Assert.False(classifier.IsCompiled);
    }

    [Fact]
    public async Task Dispose_WhileCompiling_EndsTheCompilationQuietly()
    {
        var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath);

        var compiling = classifier.CompileAsync();
        classifier.Dispose();
        await compiling;

        Assert.Throws<ObjectDisposedException>(() => classifier.Classify("When did it happen?"));
    }

    [Fact]
    public async Task Classify_GivesTheEnginesKindAndConfidence_ForEveryQuestion_AndTextTooLongToCompile()
    {
        using var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath);
        await classifier.CompileAsync();
        Assert.True(classifier.IsCompiled);
        var texts = model.Questions.Append(string.Join(' ', model.Questions)).Append("").ToList();

        var compiled = texts.Select(classifier.Classify).ToList();
        var engine = texts.Select(model.Engine.Classify).ToList();

        Assert.Equal(engine.Select(c => (c.Kind, BitConverter.SingleToInt32Bits(c.Confidence))), compiled.Select(c => (c.Kind, BitConverter.SingleToInt32Bits(c.Confidence))));
        Assert.Contains(compiled, c => c.Confidence < CombinedQuestionClassifier.TrustAbove);
        Assert.Contains(compiled, c => c.Confidence >= CombinedQuestionClassifier.TrustAbove);
    }

    [Fact]
    public async Task CompileFailure_IsLogged_AndTheEngineGoesOnAnswering()
    {
        using var logs = new CapturingLoggerProvider();
        using var classifier = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath, compile: true, logs.CreateLogger("classifier"),
            (_, _, _) => throw new InvalidOperationException("planted compile failure"));

        await classifier.CompileAsync();

        Assert.False(classifier.IsCompiled);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("could not be made", entry.Text);
        Assert.Contains("planted compile failure", entry.Text);
        var questions = model.Questions.Take(20).ToList();
        Assert.Equal(questions.Select(model.Engine.Classify), questions.Select(classifier.Classify));
    }

    [Fact]
    public async Task ModelOfAnotherShape_IsLeftToTheEngine()
    {
        var path = await TrainAsync(mlContext => QuestionPipeline.Build(mlContext)
            .Append(mlContext.Transforms.CopyColumns("ScoreCopy", nameof(QuestionPrediction.Score))));
        try
        {
            using var logs = new CapturingLoggerProvider();
            using var classifier = new MlQuestionClassifier(path, compile: true, logs.CreateLogger("classifier"));
            using var engine = new MlQuestionClassifier(path, compile: false);
            await classifier.CompileAsync();

            Assert.False(classifier.IsCompiled);
            Assert.Contains("not of the shape", Assert.Single(logs.Entries).Text);
            Assert.Equal(model.Questions.Take(50).Select(engine.Classify), model.Questions.Take(50).Select(classifier.Classify));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ModelWithOtherTextOptions_FailsTheLoadCheck_AndIsLeftToTheEngine()
    {
        // The same shape, so it compiles, but punctuation is dropped before featurising: only the load-time check sees it.
        var options = QuestionPipeline.TextOptions();
        options.KeepPunctuations = false;
        var path = await TrainAsync(mlContext => mlContext.Transforms.Conversion.MapValueToKey(nameof(QuestionInput.Label))
            .Append(mlContext.Transforms.Text.FeaturizeText(QuestionPipeline.FeaturesColumn, options, nameof(QuestionInput.Question)))
            .Append(mlContext.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l2Regularization: 0.01f))
            .Append(mlContext.Transforms.Conversion.MapKeyToValue(nameof(QuestionPrediction.PredictedLabel))));
        try
        {
            using var logs = new CapturingLoggerProvider();
            using var classifier = new MlQuestionClassifier(path, compile: true, logs.CreateLogger("classifier"));
            await classifier.CompileAsync();

            Assert.False(classifier.IsCompiled);
            Assert.Equal(LogLevel.Warning, Assert.Single(logs.Entries, e => e.Text.Contains("disagreed", StringComparison.Ordinal)).Level);
            Assert.Equal(QuestionKind.Date, classifier.Classify("When did it happen?").Kind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> TrainAsync(Func<MLContext, IEstimator<ITransformer>> pipeline)
    {
        var rows = await QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath);
        var mlContext = new MLContext(seed: 1);
        var data = mlContext.Data.LoadFromEnumerable(rows.Where(r => r.Split == DatasetSplit.Train)
            .Select(r => new QuestionInput { Label = r.Kind.ToString(), Question = r.Question }));
        var path = Path.Combine(Path.GetTempPath(), $"chatbot-classifier-{Guid.NewGuid():N}.zip");
        mlContext.Model.Save(pipeline(mlContext).Fit(data), data.Schema, path);
        return path;
    }
}
