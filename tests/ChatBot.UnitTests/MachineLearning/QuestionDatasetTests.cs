using ChatBot.Core.Questions;
using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

public sealed class QuestionDatasetTests
{
    [Fact]
    public void Parse_ReadsKindSplitAndQuestion_KeepingQuotesAndApostrophes()
    {
        var rows = QuestionDataset.Parse([QuestionDataset.Header, "Reason\ttest\tWhy did \"Kim\" say 'appalling'?"], "q.tsv");

        Assert.Equal([new LabelledQuestion(QuestionKind.Reason, DatasetSplit.Test, "Why did \"Kim\" say 'appalling'?")], rows);
    }

    [Fact]
    public void Parse_Throws_WhenHeaderIsMissing()
    {
        var error = Assert.Throws<InvalidDataException>(() => QuestionDataset.Parse(["Date\ttrain\tWhen?"], "q.tsv"));

        Assert.StartsWith("q.tsv:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Weather\ttrain\tIs it sunny?", "'Weather' is not a question kind")]
    [InlineData("Date\tvalidation\tWhen?", "split must be 'train', 'test' or 'blind'")]
    [InlineData("Date\ttrain", "expected label, split and question")]
    public void Parse_Throws_NamingTheLine_WhenRowIsBad(string row, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => QuestionDataset.Parse([QuestionDataset.Header, "Date\ttrain\tWhen?", row], "q.tsv"));

        Assert.StartsWith("q.tsv(3):", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
