using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineRepliesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-timeline-pages-").FullName;

    [Fact]
    public void Page_OverALoadedTimeline_ShowsThatPagesEvents_InTimelineOrder()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Synthetic));
        var loaded = store.TryLoad(TestCorpus.Synthetic.Fingerprint, TestCorpus.Analyzer);
        Assert.NotNull(loaded);
        Assert.NotNull(TimelineColumns.Of(loaded.Timeline));
        var everything = TimelineQuery.Find(TestCorpus.Synthetic, null, new DateRange(1, 9999));
        var found = TimelineQuery.Find(loaded, null, new DateRange(1, 9999));
        var pages = (found.Count + TimelineReplies.PageSize - 1) / TimelineReplies.PageSize;
        Assert.True(pages >= 3, $"only {pages} pages");

        var shown = Enumerable.Range(1, pages)
            .SelectMany(page => TimelineReplies.Page(loaded, found, new TimelineFilter(null, null, null), page).Timeline)
            .Select(item => (item.Date, item.Text));

        Assert.Equal(everything.Select(e => (e.Date.Label, e.Text)), shown);
        Assert.Equal(found.Select(e => e.CorpusOrder), Enumerable.Range(0, found.Count).Reverse().Select(i => found[i].CorpusOrder).Reverse());
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
