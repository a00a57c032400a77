using ChatBot.Core.Questions;
using ChatBot.MachineLearning;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.MachineLearning;

/// <summary>
/// A second held-out set, <c>Data/questions.blind.tsv</c>: questions written apart from the labelled data and before the
/// model was measured on them, in the styles chat users type. Never trained on; it checks that the test split's accuracy
/// is not an accident of how that split was written.
/// </summary>
public sealed class BlindQuestionSetTests(CommittedModelFixture model, ITestOutputHelper output) : IClassFixture<CommittedModelFixture>
{
    // Just under the committed model's 92.1% micro (197 of 214) and 91.9% macro, measured once after the set was written:
    // three more misses fail the build. The rules score 73.4% here, the model trained before this set was written 90.7%.
    private const double AccuracyFloor = 0.91;

    private static readonly Lazy<Task<IReadOnlyList<LabelledQuestion>>> Rows =
        new(() => QuestionDataset.LoadAsync(Path.Combine(AppContext.BaseDirectory, "Data", "questions.blind.tsv")));

    [Fact]
    public async Task BlindSet_HasAtLeast20QuestionsForEveryKind_AllMarkedBlind()
    {
        var rows = await Rows.Value;
        var counts = rows.CountBy(r => r.Kind).ToDictionary();

        Assert.All(rows, row => Assert.Equal(DatasetSplit.Blind, row.Split));
        Assert.All(Enum.GetValues<QuestionKind>(), kind => Assert.True(counts.GetValueOrDefault(kind) >= 20, $"{kind}: {counts.GetValueOrDefault(kind)}"));
    }

    [Fact]
    public async Task BlindSet_SharesNoQuestionWithTheLabelledData_NorRepeatsOne()
    {
        var blind = (await Rows.Value).Select(r => Normalise(r.Question)).ToList();
        var labelled = model.AllRows.Select(r => Normalise(r.Question)).ToHashSet();

        Assert.Equal(blind.Count, blind.Distinct().Count());
        Assert.Equal(0, blind.Count(labelled.Contains));
    }

    [Fact]
    public async Task CommittedModel_ReachesAccuracyFloor_OnBlindQuestions()
    {
        var rows = await Rows.Value;
        var evaluation = ClassifierEvaluator.Evaluate(model.Classifier, rows);
        var rules = ClassifierEvaluator.Evaluate(RuleBasedQuestionClassifier.Instance, rows);
        foreach (var line in evaluation.SummaryLines("Model (blind)").Concat(rules.SummaryLines("Rules (blind)")))
        {
            output.WriteLine(line);
        }

        Assert.True(evaluation.MicroAccuracy >= AccuracyFloor, $"micro {evaluation.MicroAccuracy:P1} < {AccuracyFloor:P0}");
        Assert.True(evaluation.MacroAccuracy >= AccuracyFloor, $"macro {evaluation.MacroAccuracy:P1} < {AccuracyFloor:P0}");
    }

    private static string Normalise(string question) =>
        string.Join(' ', question.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!');
}
