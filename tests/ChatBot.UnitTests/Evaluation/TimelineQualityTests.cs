using ChatBot.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// Timeline dating on the bundled corpus against tests/evaluation/timeline-labels.jsonl (every dated-looking
/// sentence, labelled by reading it). Floors sit just under what was measured.
/// </summary>
public sealed class TimelineQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Labels_CoverEveryDatedLookingSentence_Verbatim()
    {
        var labels = TimelineEvaluator.Load();
        var sentences = TimelineEvaluator.DatedLookingSentences(TestCorpus.Index).ToHashSet();

        Assert.Empty(sentences.Except(labels.Select(l => (l.ArticleId, l.Sentence))));
        Assert.Empty(labels.Select(l => (l.ArticleId, l.Sentence)).Except(sentences));
    }

    [Fact]
    public void Timeline_FindsTheLabelledEvents_WithTheirDates()
    {
        var metrics = TimelineEvaluator.Evaluate(TestCorpus.Index, TimelineEvaluator.Load());
        output.WriteLine(metrics.ToString());
        foreach (var mistake in metrics.Mistakes)
        {
            output.WriteLine("  " + mistake);
        }

        Assert.True(metrics.EventPrecision >= 0.95, metrics.ToString());
        Assert.True(metrics.EventRecall >= 0.95, metrics.ToString());
        Assert.True(metrics.DatePrecision >= 0.95, metrics.ToString());
        Assert.True(metrics.DateRecall >= 0.95, metrics.ToString());
    }
}
