using ChatBot.Core.Questions;
using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

public sealed class QuestionDataTests
{
    private static readonly Lazy<Task<IReadOnlyList<LabelledQuestion>>> Rows =
        new(() => QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath));

    [Fact]
    public async Task Data_HasAtLeast450Questions()
    {
        Assert.True((await Rows.Value).Count >= 450);
    }

    [Fact]
    public async Task Data_HasAtLeast40QuestionsForEveryKind()
    {
        var counts = (await Rows.Value).CountBy(r => r.Kind).ToDictionary();
        Assert.All(Enum.GetValues<QuestionKind>(), kind => Assert.True(counts.GetValueOrDefault(kind) >= 40, $"{kind}: {counts.GetValueOrDefault(kind)}"));
    }

    [Fact]
    public async Task Data_HasNoDuplicateQuestions()
    {
        var duplicates = (await Rows.Value)
            .GroupBy(r => string.Join(' ', r.Question.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!'))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    // The test rows are kept fixed so accuracies stay comparable from one version of the data to the next; new questions
    // go to the train split, so the held-out share shrinks as the data grows (24 of about 170 a kind, 14%, after the 427 added).
    [Fact]
    public async Task Data_HoldsOutAtLeast20QuestionsAndATenthOfEveryKind()
    {
        foreach (var kind in (await Rows.Value).GroupBy(r => r.Kind))
        {
            var test = kind.Count(r => r.Split == DatasetSplit.Test);
            Assert.True(test >= 20, $"{kind.Key}: {test} test rows");
            Assert.InRange((double)test / kind.Count(), 0.10, 0.25);
        }
    }

    [Fact]
    public async Task Data_HasOnlyTrainAndTestRows()
    {
        Assert.All(await Rows.Value, row => Assert.NotEqual(DatasetSplit.Blind, row.Split));
    }
}
