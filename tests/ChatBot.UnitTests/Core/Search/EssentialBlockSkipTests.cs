using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// The plans that spend most in the first stage: one heavy concept of several frequent alternatives (one long merged
/// list, left the only essential one) and a few lighter concepts. Whole blocks of the long list are skipped on a bound
/// of what the lighter ones could add; a bound a little too low drops a passage that belongs in the top k, so pruned
/// and exhaustive must agree to the bit (term-at-a-time is turned off, or the small test corpus would never prune).
/// </summary>
public sealed class EssentialBlockSkipTests
{
    [Theory]
    [InlineData(1, 1, 23)]
    [InlineData(4, 3, 29)]
    [InlineData(16, 10, 31)]
    public void PrunedSearch_ReturnsTheExhaustiveHits_WhenOneLongListIsLeftEssential(int depth, int top, int seed)
    {
        var index = TestCorpus.Synthetic;
        var byLength = Enumerable.Range(0, index.Index.TermCount)
            .OrderByDescending(t => index.Index.PostingPassages(t).Length).ThenBy(t => t).ToArray();
        var random = new Random(seed);
        var plans = new List<QueryPlan>();
        for (var q = 0; q < 150; q++)
        {
            var heavy = Enumerable.Range(0, random.Next(3, 7))
                .Select(_ => new TermAlternative(byLength[random.Next(40)], (float)(0.5 + (random.NextDouble() * 0.5))))
                .ToList();
            var concepts = new List<QueryConcept> { new("heavy", 0, heavy, 3f + (float)(random.NextDouble() * 3), ConceptSource.Exact) };
            for (var c = random.Next(1, 4); c > 0; c--)
            {
                var term = byLength[random.Next(0, 120)];
                concepts.Add(new QueryConcept($"light{c}", concepts.Count, [new TermAlternative(term, 1f)], 0.2f + (float)random.NextDouble(), ConceptSource.Exact));
            }

            plans.Add(new QueryPlan($"plan {q}", concepts, QuestionKind.Description));
        }

        var options = new SearchOptions { RescoreDepth = depth };
        var pruned = new Searcher(index, options) { TermAtATimeLimit = 0 };
        var exhaustive = new Searcher(index, options) { Exhaustive = true };
        var compared = 0;
        foreach (var plan in plans)
        {
            var expected = exhaustive.Search(plan, top);
            Assert.Equal(expected.Select(Key), pruned.Search(plan, top).Select(Key));
            compared += expected.Count;
        }

        Assert.True(compared >= plans.Count * top / 2, $"only {compared} hits compared over {plans.Count} plans");
    }

    private static (int Passage, float Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts);
}
