using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Indexing;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineBuilderTests
{
    [Fact]
    public void Timeline_IsChronological_AndKeepsEventDatesApartFromPublicationDates()
    {
        var timeline = TestCorpus.Index.Timeline;
        Assert.Equal(timeline.OrderBy(e => e.Date.Start).Select(e => e.Date.Start), timeline.Select(e => e.Date.Start));
        Assert.Contains(timeline, e => e.Date.Label == "2002-09-17");
        Assert.DoesNotContain(timeline, e => e.Date.Label == "2023-05-03");
        Assert.DoesNotContain(timeline, e => e.Text.StartsWith("Boynton", StringComparison.Ordinal));
    }

    [Fact]
    public void SameEventInTwoArticles_IsOneEventWithBothSources()
    {
        var shared = "The two leaders met at the summit in Pyongyang on September 17, 2002, and the talks were historic.";
        var articles = new[]
        {
            ArticleAssembler.Assemble("a", new ArticleMetadata { Title = "A" }, [new ArticleBlock(BlockKind.Paragraph, shared)]),
            ArticleAssembler.Assemble("b", new ArticleMetadata { Title = "B" }, [new ArticleBlock(BlockKind.Paragraph, "The two leaders met at the summit in Pyongyang on September 17, 2002, in historic talks.")]),
            ArticleAssembler.Assemble("c", new ArticleMetadata { Title = "C" }, [new ArticleBlock(BlockKind.Paragraph, "Sanctions were eased on September 17, 2002.")]),
        };
        var index = new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "test");

        var events = index.Timeline.Where(e => e.Date.Label == "2002-09-17").ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal(["a", "b"], events.Single(e => e.Sources.Count == 2).Sources.Select(s => s.ArticleId));
    }

    /// <summary>The whole build dates sentences while it reads each article; the timeline must be the one dated afterwards.</summary>
    [Fact]
    public void TimelineDatedDuringTheIndexBuild_IsTheTimelineBuiltAfterIt()
    {
        var articles = RandomTextCorpus.Generate(60, seed: 9).Concat(SyntheticCorpus.Generate(80)).ToList();
        var index = new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "test");

        var after = new TimelineBuilder(index.Index).Build(index.Articles, index.Passages);

        Assert.True(after.Count > 100, $"only {after.Count} events");
        Assert.Equal(after.Select(Describe), index.Timeline.Select(Describe));
    }

    private static string Describe(TimelineEvent e) =>
        $"{e.Date} {e.CorpusOrder} {e.Text} [{string.Join("; ", e.Sources)}] [{string.Join(",", e.Terms)}]";
}
