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

    private static IReadOnlyList<TimelineEvent> RoundTrip(List<TimelineEvent> events, CorpusIndex index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            SnapshotTimeline.Write(writer, events, index.Passages, index.Articles);
        }

        stream.Position = 0;
        return [.. SnapshotTimeline.Read(new SnapshotReader(stream), [.. index.Passages], index.Articles)];
    }

    private static string Described(TimelineEvent e) =>
        $"{e.Date.Label} {e.Text} {e.CorpusOrder} {string.Join('|', e.Sources.Select(s => $"{s.ArticleId} {s.PassageId} {s.Start} {s.Length} {s.Quote}"))}";
}
