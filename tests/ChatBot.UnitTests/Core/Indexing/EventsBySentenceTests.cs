using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class EventsBySentenceTests
{
    [Fact]
    public void At_GivesEverySentencesEvents_InTimelineOrder_AndNothingForOtherStarts()
    {
        var index = TestCorpus.Index;
        var passages = index.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var real = index.Timeline.Where(e => e.Sources.Count > 0).Take(40).ToList();
        var stranger = real[0] with { Sources = [real[0].Sources[0] with { PassageId = "not-indexed#3" }], CorpusOrder = -1 };
        // Sources an edited snapshot could hold: before their passage, and so far from it that the offset is no int.
        var inside = real.First(e => passages[e.Sources[0].PassageId].Start > 0);
        List<TimelineEvent> odd = [.. new[] { -5, int.MinValue, int.MaxValue }.Select((start, i) => inside with { Sources = [inside.Sources[0] with { Start = start }], CorpusOrder = -2 - i })];
        // The same sentence stated again by a later event, and an event told by a passage the index does not have.
        List<TimelineEvent> timeline = [.. real, real[5] with { CorpusOrder = 1000 }, stranger, .. odd, odd[1] with { CorpusOrder = -9 }];

        var lookup = new EventsBySentence(timeline, passages);

        var expected = timeline.SelectMany(e => e.Sources.Select(s => (Key: (s.PassageId, s.Start), Event: e))).ToLookup(x => x.Key, x => x.Event);
        Assert.All(expected, g => Assert.Equal(g.Select(e => e.CorpusOrder), lookup.At(g.Key.PassageId, g.Key.Start).Select(e => e.CorpusOrder)));
        Assert.Equal([real[5].CorpusOrder, 1000], lookup.At(real[5].Sources[0].PassageId, real[5].Sources[0].Start).Select(e => e.CorpusOrder).TakeLast(2));
        Assert.Equal([-1], lookup.At("not-indexed#3", real[0].Sources[0].Start).Select(e => e.CorpusOrder));
        var (passage, start) = (real[0].Sources[0].PassageId, real[0].Sources[0].Start + 1);
        Assert.Equal(expected[(passage, start)].Select(e => e.CorpusOrder), lookup.At(passage, start).Select(e => e.CorpusOrder));
        Assert.Empty(lookup.At("missing", 0));
        Assert.Equal([-3, -9], lookup.At(inside.Sources[0].PassageId, int.MinValue).Select(e => e.CorpusOrder));
        Assert.Equal([-4], lookup.At(inside.Sources[0].PassageId, int.MaxValue).Select(e => e.CorpusOrder));
        Assert.Equal([-2], lookup.At(inside.Sources[0].PassageId, -5).Select(e => e.CorpusOrder));
    }
}
