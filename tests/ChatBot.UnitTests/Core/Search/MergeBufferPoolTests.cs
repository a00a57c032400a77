using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

public sealed class MergeBufferPoolTests
{
    [Fact]
    public void ASetReturned_IsLentAgain_AndNoMoreThanTheCapacityIsKept()
    {
        var pool = new MergeBufferPool(capacity: 2);
        var sets = Enumerable.Range(0, 3).Select(_ => pool.Rent()).ToList();
        Assert.Equal(3, sets.Distinct().Count());

        sets.ForEach(pool.Return);

        Assert.Equal(2, pool.Free);
        var again = new[] { pool.Rent(), pool.Rent() };
        Assert.NotSame(again[0], again[1]);
        Assert.All(again, set => Assert.Contains(set, sets));
        Assert.DoesNotContain(pool.Rent(), sets);
    }

    [Fact]
    public void ASetReturnedOnce_IsLentToOneRenterOnly()
    {
        var pool = new MergeBufferPool(capacity: 4);
        pool.Return(pool.Rent());

        Assert.Equal(1, pool.Free);
        Assert.NotSame(pool.Rent(), pool.Rent());
    }

    [Fact]
    public void MergeBuffers_AreLentToOneSearchAtATime_UntilItReturnsThem()
    {
        var pool = new MergeBufferPool(capacity: 4);
        pool.Return(new MergeBuffers());
        pool.Return(new MergeBuffers());
        var (first, second) = (new SearchScratch(pool), new SearchScratch(pool));
        var held = first.MergeBuffers(0, 10).Passages;

        Assert.Same(held, first.MergeBuffers(0, 10).Passages);
        Assert.NotSame(held, second.MergeBuffers(0, 10).Passages);
        Assert.Equal(0, pool.Free);

        second.ReturnMerges();
        first.ReturnMerges();
        Assert.Equal(2, pool.Free);
        Assert.False(first.HoldsMergeBuffers);
        Assert.Same(held, new SearchScratch(pool).MergeBuffers(0, 10).Passages);
    }

    [Fact]
    public void ASearchThatMergedAlternatives_LeavesNoMergeBuffersWithItsThread()
    {
        var index = TestCorpus.Synthetic;
        var searcher = new Searcher(index) { TermAtATimeLimit = 0 };
        foreach (var plan in Plans(index, 40, seed: 3))
        {
            Assert.NotEmpty(searcher.Search(plan, 10));
            Assert.False(searcher.ThreadScratch.HoldsMergeBuffers);
        }
    }

    [Fact]
    public void ManyThreads_MergingAlternativesAtOnce_GetTheHitsOneThreadGets()
    {
        var index = TestCorpus.Synthetic;
        var plans = Plans(index, 100, seed: 5);
        var expected = plans.Select(p => Keys(new Searcher(index) { Exhaustive = true }.Search(p, 10))).ToArray();
        var shared = new Searcher(index) { TermAtATimeLimit = 0 };
        var actual = new string[plans.Count * 6];

        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Keys(shared.Search(plans[i % plans.Count], 10)));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % plans.Count], actual[i]);
        }
    }

    /// <summary>Plans of two to six concepts, each of one to three of the most frequent terms (so most lists are merged).</summary>
    private static List<QueryPlan> Plans(CorpusIndex index, int count, int seed)
    {
        var frequent = Enumerable.Range(0, index.Index.TermCount)
            .OrderByDescending(t => index.Index.PostingPassages(t).Length).ThenBy(t => t).Take(120).ToArray();
        var random = new Random(seed);
        var plans = new List<QueryPlan>();
        while (plans.Count < count)
        {
            var concepts = new List<QueryConcept>();
            for (var c = random.Next(2, 7); c > 0; c--)
            {
                var alternatives = Enumerable.Range(0, random.Next(1, 4))
                    .Select(a => new TermAlternative(frequent[random.Next(frequent.Length)], a == 0 ? 1f : (float)(0.2 + (random.NextDouble() * 0.8))))
                    .ToList();
                concepts.Add(new QueryConcept($"c{c}", concepts.Count, alternatives, 0.2f + (float)(random.NextDouble() * 4), ConceptSource.Exact));
            }

            if (concepts.Any(c => c.Alternatives.Count > 1))
            {
                plans.Add(new QueryPlan($"plan {plans.Count}", concepts, QuestionKind.Description));
            }
        }

        return plans;
    }

    private static string Keys(IReadOnlyList<SearchHit> hits) =>
        string.Join(";", hits.Select(h => $"{h.Passage.Ordinal}:{BitConverter.SingleToInt32Bits(h.Score)}:{h.MatchedConcepts}"));
}
