using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// Re-scoring stops once a candidate's bound cannot beat the top-th re-scored score: the hits are those of re-scoring
/// every candidate, and the bound holds for every passage (and is reached when a passage holds the query as written).
/// </summary>
public sealed class RescoreBoundTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(24)]
    [InlineData(64)]
    [InlineData(80)]
    public void EarlyStop_ReturnsTheHitsOfReScoringEveryCandidate_OnAGeneratedCorpus(int top)
    {
        AssertSameHits(TestCorpus.Synthetic, SyntheticCorpus.Queries(300, seed: 23), top);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(24)]
    public void EarlyStop_ReturnsTheHitsOfReScoringEveryCandidate_OnTheBundledCorpus(int top)
    {
        var questions = EvaluationSet.Load("dev").Concat(EvaluationSet.Load("holdout")).Select(q => q.Question).ToList();
        AssertSameHits(TestCorpus.Index, questions, top);
    }

    [Fact]
    public void Bound_IsAtLeastTheReScoredScore_OfEveryPassage()
    {
        var index = TestCorpus.Index;
        var searcher = new Searcher(index);
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var rescorer = new PassageRescorer();
        var bound = new RescoreBound();
        var checkedWithConcepts = 0;
        foreach (var question in EvaluationSet.Load("dev").Select(q => q.Question).Take(60))
        {
            var plan = planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind);
            var concepts = plan.Concepts.Take(64).ToList();
            var masks = MasksOf(index, plan);
            var wanted = AnswerFeatureDetector.Required(plan.Kind);
            rescorer.Begin(index.Index, concepts);
            bound.Begin(concepts, rescorer.Total, RescoreBound.Minimum(index.Index.Arrays.PostingWeights.Distinct), wanted, SearchOptions.Default, searcher.ProximityWeight(concepts.Count));
            for (var p = 0; p < index.Index.PassageCount; p++)
            {
                var mask = masks.GetValueOrDefault(p);
                foreach (var firstStage in new[] { 0f, 0.3f, 1f, 7.5f, 40f })
                {
                    var rescored = searcher.Rescore(p, firstStage, concepts, wanted, rescorer);
                    Assert.True(bound.Of(firstStage, mask) >= rescored, $"'{question}', passage {p}: bound {bound.Of(firstStage, mask)} < {rescored}");
                }

                checkedWithConcepts += mask != 0 ? 1 : 0;
            }

            rescorer.End();
        }

        Assert.True(checkedWithConcepts > 200, $"only {checkedWithConcepts} passages matched a concept");
    }

    [Fact]
    public void Bound_IsReached_WhenAPassageHoldsTwoQueryWordsAsWritten()
    {
        var index = TestCorpus.Index;
        var searcher = new Searcher(index);
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var rescorer = new PassageRescorer();
        var bound = new RescoreBound();
        var reached = 0;
        foreach (var pair in AdjacentWordPairs(index).Take(400))
        {
            var plan = planner.Plan(pair, QuestionKind.Description);
            var concepts = plan.Concepts.Take(64).ToList();
            if (concepts.Count != 2 || concepts[1].Position - concepts[0].Position != 1 || concepts.Any(c => c.Alternatives.Count != 1))
            {
                continue;
            }

            rescorer.Begin(index.Index, concepts);
            bound.Begin(concepts, rescorer.Total, RescoreBound.Minimum(index.Index.Arrays.PostingWeights.Distinct), AnswerFeatures.None, SearchOptions.Default, searcher.ProximityWeight(2));
            var best = MasksOf(index, plan).Max(m => searcher.Rescore(m.Key, 2f, concepts, AnswerFeatures.None, rescorer) / bound.Of(2f, m.Value));
            rescorer.End();
            reached += best >= 0.999 ? 1 : 0;
            Assert.True(best <= 1, $"'{pair}': re-scored {best} of the bound");
        }

        Assert.True(reached >= 20, $"the bound was reached for only {reached} pairs");
    }

    /// <summary>Every passage a concept touches, with the concepts it matched (as the first stage reports them).</summary>
    private static Dictionary<int, ulong> MasksOf(CorpusIndex index, QueryPlan plan)
    {
        var all = new Searcher(index, new SearchOptions { RescoreDepth = index.Index.PassageCount }) { Exhaustive = true, RescoreAll = true };
        return all.Search(plan, index.Index.PassageCount).ToDictionary(h => h.Passage.Ordinal, h => h.MatchedConcepts);
    }

    private static IEnumerable<string> AdjacentWordPairs(CorpusIndex index)
    {
        foreach (var passage in index.Passages)
        {
            var words = passage.Text.Split([' ', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w + 1 < words.Length; w += 3)
            {
                yield return $"{words[w]} {words[w + 1]}";
            }
        }
    }

    private static void AssertSameHits(CorpusIndex index, IReadOnlyList<string> queries, int top)
    {
        var early = new Searcher(index);
        var all = new Searcher(index) { RescoreAll = true };
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var compared = 0;
        foreach (var query in queries)
        {
            var plan = planner.Plan(query, RuleBasedQuestionClassifier.Instance.Classify(query).Kind);
            var expected = all.Search(plan, top);
            Assert.Equal(expected.Select(Key), early.Search(plan, top).Select(Key));
            compared += expected.Count;
        }

        Assert.True(compared >= queries.Count * Math.Min(top, 5) / 2, $"only {compared} hits compared over {queries.Count} queries");
    }

    private static (int Rank, int Passage, float Score, float Coverage, ulong Mask) Key(SearchHit hit) =>
        (hit.Rank, hit.Passage.Ordinal, hit.Score, hit.Coverage, hit.MatchedConcepts);
}
