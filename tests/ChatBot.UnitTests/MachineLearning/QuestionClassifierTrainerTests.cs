using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

public sealed class QuestionClassifierTrainerTests(TrainedModelFixture trained) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public async Task TrainAndSave_GivesTheSameModel_WhenRunAgainOnTheSameData()
    {
        var secondPath = Path.Combine(trained.Folder, "second.zip");

        var second = await QuestionClassifierTrainer.TrainAndSaveAsync(QuestionClassifierTrainer.DefaultDataPath, secondPath);

        Assert.Equal(trained.Result.Model.MicroAccuracy, second.Model.MicroAccuracy);
        Assert.Equal(trained.Result.Model.PerClass, second.Model.PerClass);
        Assert.Equal(Classify(trained.ModelPath), Classify(secondPath));
    }

    [Fact]
    public void FreshlyTrainedModel_AgreesWithCommittedModel_OnHeldOutQuestions()
    {
        var fresh = Classify(trained.ModelPath);
        var committed = Classify(MlQuestionClassifier.DefaultModelPath);

        Assert.Equal(committed.Select(c => c.Kind), fresh.Select(c => c.Kind));
        Assert.All(committed.Zip(fresh), pair => Assert.Equal(pair.First.Confidence, pair.Second.Confidence, 1e-4f));
    }

    [Fact]
    public void TrainAndSave_ReportsHeldOutAccuracyOfModelAndRules()
    {
        var result = trained.Result;

        Assert.Equal(trained.TestRows.Count, result.TestCount);
        Assert.Equal(result.TestCount, result.Model.Count);
        Assert.InRange(result.Model.MicroAccuracy, result.RuleBaseline.MicroAccuracy, 1.0);
        Assert.Equal(9, result.Model.PerClass.Count);
        Assert.Contains(result.SummaryLines(), line => line.StartsWith("Model: ", StringComparison.Ordinal) && line.Contains("macro", StringComparison.Ordinal));
        Assert.Contains(result.SummaryLines(), line => line.StartsWith("Rules: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TrainAndSave_Throws_NamingTheFile_WhenDataIsMissing()
    {
        var path = Path.Combine(trained.Folder, "no-such-data.tsv");

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => QuestionClassifierTrainer.TrainAndSaveAsync(path, Path.Combine(trained.Folder, "unused.zip")));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    private List<Core.Questions.QuestionClassification> Classify(string modelPath)
    {
        using var classifier = new MlQuestionClassifier(modelPath);
        return trained.TestRows.Select(r => classifier.Classify(r.Question)).ToList();
    }
}
