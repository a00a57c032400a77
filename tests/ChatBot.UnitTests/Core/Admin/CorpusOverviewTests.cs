using ChatBot.Core.Admin;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Admin;

public sealed class CorpusOverviewTests
{
    [Fact]
    public void Articles_ListsEveryArticleByTitle_WithItsPassageCountAndTheDatesItsSentencesGave()
    {
        var corpus = TestCorpus.Index;

        var rows = CorpusOverview.Articles(corpus);

        Assert.Equal(corpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), rows.Select(r => r.Article.Id).Order(StringComparer.Ordinal));
        Assert.Equal(rows.Select(r => r.Article.Title).Order(StringComparer.CurrentCultureIgnoreCase), rows.Select(r => r.Article.Title));
        foreach (var row in rows)
        {
            Assert.Equal(corpus.Passages.Count(p => p.ArticleId == row.Article.Id), row.Passages);
            var expected = corpus.Timeline.Where(e => e.Sources.Any(s => s.ArticleId == row.Article.Id)).Select(e => e.Date.Label).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected, row.Dates.ToHashSet(StringComparer.Ordinal));
            Assert.Equal(row.Dates.Count, row.Dates.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.Contains(rows, r => r.Passages > 0 && r.Dates.Count > 0);
    }

    [Fact]
    public void Articles_OverATimelineReadAsColumns_ListsTheDatesTheEventsGive_KeptRowsToo()
    {
        var index = TestCorpus.Index;
        var (first, last) = (index.Timeline[0], index.Timeline.Count);
        // An article none of whose own rows carries the first event's date: only the kept row below gives it that date.
        var other = index.Timeline.First(e => e.Sources[0].ArticleId != first.Sources[0].ArticleId &&
            !index.Timeline.Any(o => o.Sources[0].ArticleId == e.Sources[0].ArticleId && o.Date.Label == first.Date.Label));
        // Rows kept whole: an event told by two articles and one with a stored text; and a row repeating a date.
        List<TimelineEvent> events =
        [
            .. index.Timeline,
            first with { Sources = [first.Sources[0], other.Sources[0]], CorpusOrder = last },
            index.Timeline[^1] with { Text = "A text the articles never state.", CorpusOrder = last + 1 },
            index.Timeline[1] with { CorpusOrder = last + 2 },
        ];

        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SnapshotTimeline.Write(writer, events, index.Passages, index.Articles);
        }

        stream.Position = 0;
        var columns = SnapshotTimeline.Read(new SnapshotReader(stream), [.. index.Passages], index.Articles);
        Assert.NotNull(TimelineColumns.Of(columns));

        var fromColumns = CorpusOverview.Articles(With(index, columns));
        var fromEvents = CorpusOverview.Articles(With(index, events));

        Assert.Equal(fromEvents.Select(Described), fromColumns.Select(Described));
        Assert.Contains(fromColumns, r => r.Article.Id == other.Sources[0].ArticleId && r.Dates.Contains(first.Date.Label));
    }

    private static CorpusIndex With(CorpusIndex index, IReadOnlyList<TimelineEvent> timeline) =>
        new(index.Fingerprint, index.Articles, index.Passages, index.Index, timeline, index.Rejected, index.Analyzer);

    private static string Described(ArticleParse row) => $"{row.Article.Id} {row.Passages} {string.Join('|', row.Dates)}";
}
