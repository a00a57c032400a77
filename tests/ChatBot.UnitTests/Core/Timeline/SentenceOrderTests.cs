using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class SentenceOrderTests
{
    [Theory]
    [InlineData(0, 0, 5)]
    [InlineData(1, 40, 5)]
    [InlineData(2, 3000, 400)]
    [InlineData(3, 3000, 20)]
    public void Of_OrdersEntriesByPassageStartAndNumber_AsATupleSortDoes(int seed, int count, int passages)
    {
        var random = new Random(seed);
        // Few starts a passage, so many entries tie (the events of one sentence), some far out and negative as an edited
        // snapshot's could be, and some passages outside the index; 20 passages over 3,000 entries sort by keys, not insertion.
        int[] odd = [int.MinValue, -5, int.MaxValue];
        var passageOf = Enumerable.Range(0, count).Select(_ => random.Next(20) == 0 ? random.Next(2) == 0 ? -1 - random.Next(3) : passages + random.Next(3) : random.Next(passages)).ToArray();
        var startOf = Enumerable.Range(0, count).Select(_ => random.Next(30) == 0 ? odd[random.Next(odd.Length)] : random.Next(6) * 40).ToArray();

        var (passageEntries, entries) = SentenceOrder.Of(passageOf, startOf, passages);

        var expected = Enumerable.Range(0, count).Where(e => passageOf[e] >= 0 && passageOf[e] < passages)
            .Select(e => (Passage: passageOf[e], Start: startOf[e], Entry: e)).Order().ToList();
        Assert.Equal(expected.Select(x => x.Entry), entries);
        Assert.Equal(passages + 1, passageEntries.Length);
        for (var p = 0; p < passages; p++)
        {
            Assert.Equal(expected.Count(x => x.Passage < p), passageEntries[p]);
        }

        Assert.Equal(expected.Count, passageEntries[passages]);
    }
}
