using ChatBot.Core.Corpus;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.UnitTests.Timeline;

public sealed class EventTermsTests
{
    [Fact]
    public void RunsOfATable_ReadAsTheirTerms_InTwoBytesWhileEveryTermFits()
    {
        int[][] runs = [[], [0, 5, 65535], [1, 2, 3]];
        var (table, at) = Table(runs);

        Assert.IsType<ushort[]>(table);
        Assert.Equal(runs, at.Select(a => EventTerms.Of(table, a).ToArray()));
        Assert.Equal(runs.Select(r => r.Length), at.Select(a => EventTerms.Of(table, a).Count));
        var terms = EventTerms.Of(table, at[1]);
        Assert.All(runs[1], t => Assert.True(terms.Contains(t)));
        // Cut to two bytes, 65,541 would read as 5.
        Assert.False(terms.Contains(65541));
        Assert.False(terms.Contains(-1));
        Assert.False(terms.Contains(4));
        Assert.False(EventTerms.Of(table, at[0]).Contains(0));
        Assert.Equal("0,5,65535", terms.ToString());
    }

    [Fact]
    public void ATermPastTwoBytesOrBelowZero_KeepsTheTableFourBytesWide()
    {
        int[][] runs = [[7, 65536], [3], [-2, 1]];
        var (table, at) = Table(runs);

        Assert.IsType<int[]>(table);
        Assert.Equal(runs, at.Select(a => EventTerms.Of(table, a).ToArray()));
        Assert.True(EventTerms.Of(table, at[0]).Contains(65536));
        Assert.False(EventTerms.Of(table, at[0]).Contains(0));
        var (negative, first) = Table([[-2, 1]]);
        Assert.Equal([-2, 1], EventTerms.Of(negative, first[0]).ToArray());
    }

    [Fact]
    public void Terms_AreEqualWhenTheyAreTheSameArrayOrRun_AndAnEventKeepsThemSo()
    {
        var (table, at) = Table([[1, 2], [1, 3]]);
        var first = EventTerms.Of(table, at[0]);
        int[] own = [1, 2];

        Assert.Equal(first, EventTerms.Of(table, at[0]));
        Assert.Equal(first.GetHashCode(), EventTerms.Of(table, at[0]).GetHashCode());
        Assert.NotEqual(first, EventTerms.Of(table, at[1]));
        Assert.Equal((EventTerms)own, (EventTerms)own);
        Assert.NotEqual((EventTerms)own, EventTerms.Create([1, 2]));
        Assert.NotEqual(first, (EventTerms)own);

        var date = new EventDate(new PartialDate(2002));
        foreach (var terms in new[] { first, EventTerms.Of(table, at[1]), own, default })
        {
            var e = new TimelineEvent(date, "It happened.", [], [], 0) with { Terms = terms };
            Assert.Equal(terms, e.Terms);
            Assert.Equal(terms.ToArray(), e.Terms.ToArray());
            Assert.Equal(e, e with { });
            Assert.NotEqual(e, e with { Terms = [.. terms, 9] });
        }
    }

    [Fact]
    public void ARunEqualToItsEarlierEvents_IsStoredOnce_AndEveryRunReadsBackAsAdded()
    {
        var random = new Random(16);
        var runs = new List<int[]>();
        var earlier = new List<int>();
        for (var r = 0; r < 3000; r++)
        {
            // Few distinct runs, so many repeat (as the events of one sentence do), and runs that only differ at the end or in length.
            var length = random.Next(0, 5);
            var run = Enumerable.Range(0, length).Select(i => i * 3 + random.Next(3)).ToArray();
            var other = r > 0 && random.Next(3) > 0 ? random.Next(r) : -1;
            // An earlier event's run again, or one equal to an event it is not told of, or any run (equal to its earlier one or not).
            runs.Add(random.Next(3) switch { 0 when other >= 0 => runs[other], 1 when r > 0 => [.. runs[random.Next(r)]], _ => run });
            earlier.Add(random.Next(20) == 0 ? r + random.Next(2) : other);
        }

        var table = new EventTermTable();
        var at = runs.Select(r => table.Add(r)).ToArray();
        var finished = table.Finish(at, [.. earlier]);

        Assert.Equal(runs, at.Select(a => EventTerms.Of(finished, a).ToArray()));
        var shares = Enumerable.Range(0, runs.Count).Select(r => earlier[r] >= 0 && earlier[r] < r && runs[r].SequenceEqual(runs[earlier[r]])).ToArray();
        Assert.Contains(true, shares);
        Assert.All(Enumerable.Range(0, runs.Count), r => Assert.Equal(shares[r], earlier[r] >= 0 && earlier[r] < r && at[r] == at[earlier[r]]));
        Assert.Equal(runs.Where((_, r) => !shares[r]).Sum(r => r.Length + 1), ((ushort[])finished).Length);
        Assert.Equal(runs.Count - shares.Count(s => s), at.Distinct().Count());
    }

    [Fact]
    public void Coverage_IsTopicCoverageAsTheLinqSumsGaveIt_BitForBit()
    {
        var random = new Random(16);
        for (var round = 0; round < 2000; round++)
        {
            var (table, at) = Table([[.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(40)).Distinct().Order()]]);
            var terms = EventTerms.Of(table, at[0]);
            var concepts = Enumerable.Range(0, random.Next(0, 9))
                .Select(c => new QueryConcept($"c{c}", c, [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new TermAlternative(random.Next(40), 1f))], (float)random.NextDouble() * 3.7f, ConceptSource.Exact))
                .ToList();
            var total = concepts.Sum(c => c.Weight);
            var matched = concepts.Where(c => c.Alternatives.Any(a => Array.BinarySearch(terms.ToArray(), a.TermId) >= 0)).Sum(c => c.Weight);
            var expected = total <= 0 ? 0 : matched / total;

            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(TimelineQuery.Coverage(terms, concepts, TimelineQuery.TotalWeight(concepts))));
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(TimelineQuery.TopicCoverage(new TimelineEvent(new EventDate(new PartialDate(2002)), "x", [], terms.ToArray(), 0), concepts)));
        }
    }

    private static (object Table, int[] At) Table(int[][] runs)
    {
        var table = new EventTermTable();
        var at = new int[runs.Length];
        for (var r = 0; r < runs.Length; r++)
        {
            at[r] = table.Add(runs[r]);
        }

        return (table.Finish(), at);
    }
}
