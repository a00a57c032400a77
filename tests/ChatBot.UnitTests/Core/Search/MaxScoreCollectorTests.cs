using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>Dynamic pruning is exact: the pruned first stage keeps the same candidates, so search returns the same hits as scoring every passage.</summary>
public sealed class MaxScoreCollectorTests
{
    private static readonly Lazy<CorpusIndex> Synthetic = new(() =>
        new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(250), []), "synthetic-250"));

    [Theory]
    [InlineData(64, 10)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    public void PrunedSearch_ReturnsTheExhaustiveHits_OnAGeneratedCorpus(int depth, int top)
    {
        var queries = SyntheticCorpus.Queries(300, seed: 11);
        AssertSameHits(Synthetic.Value, queries, depth, top);
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
        var index = Synthetic.Value;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var postings = queries.Select(q => planner.Plan(q, QuestionKind.Description).Concepts.Take(64)
            .Sum(c => c.Alternatives.Sum(a => index.Index.PostingPassages(a.TermId).Length))).ToList();
        var limit = postings.Order().ElementAt(postings.Count / 2);
        Assert.InRange(postings.Count(p => p <= limit), 30, 270);
        AssertSameHits(index, queries, depth: 64, top: 10, termAtATimeLimit: limit);
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
        var options = new SearchOptions { RescoreDepth = depth };
        var pruned = new Searcher(index, options) { TermAtATimeLimit = termAtATimeLimit };
        var exhaustive = new Searcher(index, options) { Exhaustive = true };
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var compared = 0;
        foreach (var query in queries)
        {
            var plan = planner.Plan(query, RuleBasedQuestionClassifier.Instance.Classify(query).Kind);
            var expected = exhaustive.Search(plan, top);
            var actual = pruned.Search(plan, top);
            Assert.Equal(expected.Select(Key), actual.Select(Key));
            compared += expected.Count;
        }

        Assert.True(compared >= queries.Count / 2, $"only {compared} hits compared over {queries.Count} queries");
    }

    private static (int Passage, float Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts);
}
