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

    [Fact]
    public async Task Data_HoldsOutAboutAFifthOfEveryKind()
    {
        foreach (var kind in (await Rows.Value).GroupBy(r => r.Kind))
        {
            var testShare = (double)kind.Count(r => r.Split == DatasetSplit.Test) / kind.Count();
            Assert.InRange(testShare, 0.15, 0.25);
        }
    }
}
