using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class SnapshotTimelineTests
{
    [Fact]
    public void Read_GivesEachEventItsSentence_AndKeepsQuotesAndTextsThatAreNotTheSentence()
    {
        var index = TestCorpus.Index;
        var real = index.Timeline.Where(e => e.Sources.Count > 0).Take(3).ToList();
        Assert.Equal(3, real.Count);
        var other = real[1].Sources[0];
        var differentQuote = real[0] with { Sources = [real[0].Sources[0], other with { Quote = "A quote that is not the sentence." }] };
        var storedText = real[1] with { Text = "A text the articles never state." };
        List<TimelineEvent> events = [real[0], differentQuote, storedText, real[2]];

        var loaded = RoundTrip(events, index);

        Assert.Equal(events.Select(Described), loaded.Select(Described));
        Assert.All(loaded.Where(e => e != loaded[2]), e => Assert.Equal(index.Article(e.Sources[0].ArticleId).Text.Substring(e.Sources[0].Start, e.Sources[0].Length), e.Text));
    }

    [Fact]
    public void Read_KeepsAnEventsOneQuotingSourceAsItsPassage_SharesEqualDates_AndFindsEveryEventBySentence()
    {
        var index = TestCorpus.Index;
        // Every event of the test corpus has one source; one told by two articles, as a merge makes, keeps its list.
        List<TimelineEvent> events = [.. index.Timeline, index.Timeline[0] with { Sources = [index.Timeline[0].Sources[0], index.Timeline[1].Sources[0]], CorpusOrder = index.Timeline.Count }];
        var passages = index.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);

        var loaded = RoundTrip(events, index);

        Assert.All(loaded.Zip(events), pair => Assert.Equal(pair.Second.Sources.Count == 1 && pair.Second.Sources[0].Quote == pair.Second.Text, pair.First.UnmadeSource is not null));
        Assert.All(loaded.Where(e => e.UnmadeSource is not null), e => Assert.Equal(e.UnmadeSource!.Id, e.SourcesUnkept[0].PassageId));
        var built = new EventsBySentence(events, passages);
        var read = new EventsBySentence(loaded, passages);
        Assert.All(events.SelectMany(e => e.Sources), s => Assert.Equal(built.At(s.PassageId, s.Start).Select(e => e.CorpusOrder), read.At(s.PassageId, s.Start).Select(e => e.CorpusOrder)));
        Assert.All(loaded.GroupBy(e => e.Date), dates => Assert.Single(dates.Select(e => e.Date).Distinct(ReferenceEqualityComparer.Instance)));
        Assert.True(loaded.Select(e => e.Date).Distinct().Count() < loaded.Count);
        Assert.Equal(events.Select(Described), loaded.Select(Described));
    }

    [Fact]
    public void Read_GivesEveryRowTheTermsWritten_AndEventsOfOneSentenceWithEqualTermsOneRun()
    {
        var index = TestCorpus.Index;
        var rows = index.Timeline.Where(e => e.Sources.Count == 1 && e.Terms.Count > 1).ToList();
        var (first, second) = (rows[0], rows.First(e => e.Sources[0].PassageId != rows[0].Sources[0].PassageId));
        var laterDate = new EventDate(new PartialDate(first.Date.Start.Year + 3));
        // The corpus's rows and: the first sentence stating three more dates (one with other terms, as only an edited snapshot
        // could hold), another sentence with the first one's terms, and an event kept whole.
        List<TimelineEvent> events =
        [
            .. index.Timeline,
            first with { Date = laterDate, CorpusOrder = -1 },
            first with { Terms = first.Terms.ToArray()[1..], CorpusOrder = -2 },
            first with { Date = laterDate, CorpusOrder = -3 },
            second with { Terms = first.Terms.ToArray(), CorpusOrder = -4 },
            first with { Text = "A text the articles never state.", CorpusOrder = -5 },
        ];

        var loaded = RoundTrip(events, index, materialize: false);
        var columns = TimelineColumns.Of(loaded)!;

        // The un-shared form is each event's own array of terms.
        Assert.Equal(events.Select(e => e.Terms.ToArray()), Enumerable.Range(0, events.Count).Select(r => columns.TermsAt(r).ToArray()));
        Assert.Equal(events.Select(e => e.Terms.ToArray()), loaded.Select(e => e.Terms.ToArray()));
        var sentence = Enumerable.Range(0, events.Count).Select(r => columns.KeptAt(r) is null ? $"{columns.PassageAt(r)} {columns.SentenceOffsetAt(r)}" : $"kept {r}").ToArray();
        Assert.Contains(sentence.GroupBy(s => s), g => g.Count() == 4);
        for (var r = 0; r < events.Count; r++)
        {
            for (var o = 0; o < events.Count; o++)
            {
                var shared = sentence[r] == sentence[o] && events[r].Terms.ToArray().SequenceEqual(events[o].Terms.ToArray());
                Assert.Equal(shared, columns.TermsAt(r).Equals(columns.TermsAt(o)));
            }
        }

        // One run a sentence and terms (a kept event one of its own), nothing more.
        var table = (Array)columns.TermsAt(0).Stored.Holder!;
        Assert.Equal(Enumerable.Range(0, events.Count).DistinctBy(r => $"{sentence[r]} {events[r].Terms}").Sum(r => events[r].Terms.Count + 1), table.Length);
    }

    private static IReadOnlyList<TimelineEvent> RoundTrip(List<TimelineEvent> events, CorpusIndex index, bool materialize = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SnapshotTimeline.Write(writer, events, index.Passages, index.Articles);
        }

        stream.Position = 0;
        var read = SnapshotTimeline.Read(new SnapshotReader(stream), [.. index.Passages], index.Articles);
        return materialize ? [.. read] : read;
    }

    private static string Described(TimelineEvent e) =>
        $"{e.Date.Label} {e.Text} {e.CorpusOrder} {string.Join('|', e.Sources.Select(s => $"{s.ArticleId} {s.PassageId} {s.Start} {s.Length} {s.Quote}"))}";
}
