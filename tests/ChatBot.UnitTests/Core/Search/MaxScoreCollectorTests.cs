using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>Dynamic pruning is exact: the pruned first stage keeps the same candidates, so search returns the same hits as scoring every passage.</summary>
public sealed class MaxScoreCollectorTests
{
    [Theory]
    [InlineData(64, 10)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    public void PrunedSearch_ReturnsTheExhaustiveHits_OnAGeneratedCorpus(int depth, int top)
    {
        var queries = SyntheticCorpus.Queries(300, seed: 11);
        AssertSameHits(TestCorpus.Synthetic, queries, depth, top);
    }

    [Fact]
    public void PrunedSearch_ReturnsTheExhaustiveHits_ForQuestionsWithAliases()
    {
        var questions = EvaluationSet.Load("dev").Select(q => q.Question).ToList();
        AssertSameHits(TestCorpus.Index, questions, depth: 3, top: 3);
        AssertSameHits(TestCorpus.Index, questions, depth: 64, top: 10);
    }

    [Fact]
    public void DefaultSearch_ReturnsTheExhaustiveHits_WhetherItPrunesOrAddsUpTermByTerm()
    {
        var queries = SyntheticCorpus.Queries(300, seed: 5);
        var index = TestCorpus.Synthetic;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var postings = queries.Select(q => planner.Plan(q, QuestionKind.Description).Concepts.Take(64)
            .Sum(c => c.Alternatives.Sum(a => index.Index.PostingPassages(a.TermId).Length))).ToList();
        var limit = postings.Order().ElementAt(postings.Count / 2);
        Assert.InRange(postings.Count(p => p <= limit), 30, 270);
        AssertSameHits(index, queries, depth: 64, top: 10, termAtATimeLimit: limit);
    }

    /// <summary>
    /// Concepts with several alternatives (word, alias, correction) take the best alternative per passage. Plans built
    /// from the most frequent terms, so alternatives share many passages, with equal weights (ties), different weights,
    /// the same term twice, and an alternative that scores zero; pruned and exhaustive must agree to the bit.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 3)]
    [InlineData(64, 10)]
    public void PrunedSearch_ReturnsTheExhaustiveHits_ForConceptsWithOverlappingAlternatives(int depth, int top)
    {
        var index = TestCorpus.Synthetic;
        var frequent = Enumerable.Range(0, index.Index.TermCount)
            .OrderByDescending(t => index.Index.PostingPassages(t).Length).ThenBy(t => t).Take(120).ToArray();
        var random = new Random(17);
        var plans = new List<QueryPlan>();
        for (var q = 0; q < 200; q++)
        {
            var concepts = new List<QueryConcept>();
            for (var c = random.Next(2, 7); c > 0; c--)
            {
                var count = random.Next(1, 4);
                var equal = random.Next(2) == 0;
                var alternatives = Enumerable.Range(0, count)
                    .Select(a => new TermAlternative(frequent[random.Next(frequent.Length)], equal || a == 0 ? 1f : (float)(0.2 + (random.NextDouble() * 0.8))))
                    .ToList();
                if (count > 1 && random.Next(5) == 0)
                {
                    alternatives[1] = alternatives[0];
                }
                else if (count > 2 && random.Next(5) == 0)
                {
                    alternatives[2] = alternatives[2] with { Weight = 0f };
                }

                concepts.Add(new QueryConcept($"c{c}", concepts.Count, alternatives, 0.2f + (float)(random.NextDouble() * 4), ConceptSource.Exact));
            }

            plans.Add(new QueryPlan($"plan {q}", concepts, QuestionKind.Description));
        }

        Assert.True(plans.Count(p => p.Concepts.Count(c => c.Alternatives.Count > 1) >= 2) >= 50);
        AssertSameHits(index, plans, depth, top);
    }

    [Fact]
    public void CoverageTable_EqualsTheCoverageOfEachMask_ToTheBit()
    {
        var random = new Random(3);
        for (var count = 1; count <= 10; count++)
        {
            var concepts = Enumerable.Range(0, count)
                .Select(c => new QueryConcept($"c{c}", c, [new TermAlternative(c, 1f)], (float)(random.NextDouble() * 9) + 0.01f, ConceptSource.Exact))
                .ToList();
            var total = concepts.Sum(c => c.Weight);
            var table = Searcher.CoverageTable(concepts, total, new SearchScratch())!;
            for (var mask = 0; mask < 1 << count; mask++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(Searcher.Coverage((ulong)mask, concepts, total)), BitConverter.SingleToInt32Bits(table[mask]));
            }
        }
    }

    private static void AssertSameHits(CorpusIndex index, IReadOnlyList<string> queries, int depth, int top, int termAtATimeLimit = 0)
    {
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        AssertSameHits(index, queries.Select(q => planner.Plan(q, RuleBasedQuestionClassifier.Instance.Classify(q).Kind)).ToList(), depth, top, termAtATimeLimit);
    }

    private static void AssertSameHits(CorpusIndex index, IReadOnlyList<QueryPlan> plans, int depth, int top, int termAtATimeLimit = 0)
    {
        var options = new SearchOptions { RescoreDepth = depth };
        var pruned = new Searcher(index, options) { TermAtATimeLimit = termAtATimeLimit };
        var exhaustive = new Searcher(index, options) { Exhaustive = true };
        var compared = 0;
        foreach (var plan in plans)
        {
            var expected = exhaustive.Search(plan, top);
            var actual = pruned.Search(plan, top);
            Assert.Equal(expected.Select(Key), actual.Select(Key));
            compared += expected.Count;
        }

        Assert.True(compared >= plans.Count / 2, $"only {compared} hits compared over {plans.Count} queries");
    }

    private static (int Passage, float Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts);
}
