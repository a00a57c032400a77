using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Timeline;

public sealed class TimelineColumnsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-columns-").FullName;

    [Fact]
    public void EachRow_ReadsAsTheEventWritten_AndTwoReadsOfARow_AreEqualEvenWhenOneMadeItsSources()
    {
        var index = TestCorpus.Index;
        // Besides the usual rows, one told by two articles and one with a stored text: the rows kept whole.
        List<TimelineEvent> events =
        [
            .. index.Timeline,
            index.Timeline[0] with { Sources = [index.Timeline[0].Sources[0], index.Timeline[1].Sources[0]], CorpusOrder = index.Timeline.Count },
            index.Timeline[2] with { Text = "A text the articles never state.", CorpusOrder = index.Timeline.Count + 1 },
        ];

        var loaded = RoundTrip(events, index);

        var columns = TimelineColumns.Of(loaded);
        Assert.NotNull(columns);
        Assert.Equal(events.Select(Described), loaded.Select(Described));
        for (var i = 0; i < loaded.Count; i++)
        {
            var (first, again) = (loaded[i], loaded[i]);
            Assert.Equal(events[i].Date, columns.DateAt(i));
            Assert.Equal(events[i].Terms.ToArray(), columns.TermsAt(i).ToArray());
            Assert.Equal(first, again);
            Assert.Equal(first.GetHashCode(), again.GetHashCode());
            _ = first.Sources;
            Assert.Equal(first, loaded[i]);
            Assert.Equal(loaded[i], first);
            Assert.NotEqual(first, loaded[(i + 1) % loaded.Count]);
            // Other sources than the row's, even with the same content, make another event; the row's own list the same one.
            Assert.NotEqual(first, first with { Sources = [.. first.Sources] });
            Assert.Equal(first, first with { Sources = first.Sources });
            Assert.Equal(first, first with { });
        }

        Assert.Equal(2, Enumerable.Range(0, loaded.Count).Count(i => columns.KeptAt(i) is not null));
        var passages = index.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var fromColumns = new EventsBySentence(loaded, passages);
        var fromEvents = new EventsBySentence([.. loaded], passages);
        Assert.All(events.SelectMany(e => e.Sources), s => Assert.Equal(fromEvents.At(s.PassageId, s.Start), fromColumns.At(s.PassageId, s.Start)));
    }

    [Fact]
    public void Find_OverALoadedTimeline_FindsWhatTheBuiltOneDoes_ByTopicYearsAndBoth()
    {
        var loaded = LoadedIndex();
        var built = TestCorpus.Index;

        var checkedAny = 0;
        for (var i = 0; i < built.Timeline.Count; i += 3)
        {
            // Three words of one event's sentence, or one word each of two events' (a topic half of which many events hold).
            var words = i % 2 == 0
                ? string.Join(' ', Words(built.Timeline[i]).Take(3))
                : string.Join(' ', Words(built.Timeline[i]).Take(1).Concat(Words(built.Timeline[(i + 1) % built.Timeline.Count]).Take(1)));
            var year = built.Timeline[i].Date.Start.Year;
            var range = new DateRange(year - 1, year + 1);
            var (builtTopic, loadedTopic) = (TopicPlan.For(built, words, QuestionKind.Timeline).Plan, TopicPlan.For(loaded, words, QuestionKind.Timeline).Plan);
            var found = TimelineQuery.Find(built, builtTopic, range);
            Assert.Equal(found.Select(Described), TimelineQuery.Find(loaded, loadedTopic, range).Select(Described));
            Assert.Equal(TimelineQuery.Find(built, builtTopic, null).Select(Described), TimelineQuery.Find(loaded, loadedTopic, null).Select(Described));
            Assert.Equal(TimelineQuery.Find(built, null, range).Select(Described), TimelineQuery.Find(loaded, null, range).Select(Described));
            Assert.Equal(TimelineYears.For(built).In(range).Select(Described), TimelineYears.For(loaded).In(range).Select(Described));
            checkedAny += found.Count;
        }

        Assert.True(checkedAny > 0);
        Assert.Equal(built.KnownYears.Order(StringComparer.Ordinal), loaded.KnownYears.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ForAnswer_ShowsWhatTheCitationsStateAndTheTopicFinds_OverLoadedAndBuiltTimelines()
    {
        var loaded = LoadedIndex();
        var built = TestCorpus.Index;

        var shownAny = 0;
        for (var i = 0; i < built.Timeline.Count; i += 5)
        {
            var words = i % 3 == 0 ? "qqzx vvkj" : string.Join(' ', Words(built.Timeline[(i * 7) % built.Timeline.Count]).Take(2));
            HashSet<string> cited = i % 4 == 0 ? [] : [built.Timeline[i].Sources[0].PassageId, "no-such-article#p1", built.Passages[i % built.Passages.Count].Id];
            foreach (var index in new[] { built, loaded })
            {
                var topic = TopicPlan.For(index, words, QuestionKind.Timeline).Plan;
                var onTopic = TimelineQuery.Find(index, topic, null);
                var expected = index.Timeline.Where(e => e.CitesAnyOf(cited) || onTopic.Contains(e)).Select(Described).ToList();

                var shown = TimelineQuery.ForAnswer(index, cited, topic);

                Assert.Equal(expected, shown.Select(Described));
                shownAny += shown.Count;
            }
        }

        Assert.True(shownAny > 0);
    }

    /// <summary>The test corpus's index saved and loaded again: its timeline as columns.</summary>
    private CorpusIndex LoadedIndex()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(TestCorpus.Index));
        var loaded = store.TryLoad(TestCorpus.Index.Fingerprint, TestCorpus.Analyzer);
        Assert.NotNull(loaded);
        Assert.NotNull(TimelineColumns.Of(loaded.Timeline));
        return loaded;
    }

    private static IEnumerable<string> Words(TimelineEvent e) => e.Text.Split(' ').Where(w => w.Length >= 5 && w.All(char.IsLetter));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static IReadOnlyList<TimelineEvent> RoundTrip(List<TimelineEvent> events, CorpusIndex index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SnapshotTimeline.Write(writer, events, index.Passages, index.Articles);
        }

        stream.Position = 0;
        return SnapshotTimeline.Read(new SnapshotReader(stream), [.. index.Passages], index.Articles);
    }

    private static string Described(TimelineEvent e) =>
        $"{e.Date.Label} {e.Text} {e.CorpusOrder} {e.Terms} {string.Join('|', e.Sources.Select(s => $"{s.ArticleId} {s.PassageId} {s.Start} {s.Length} {s.Quote}"))}";
}
