using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// A corpus with more distinct posting weights than a code names keeps them as floats: every way of searching must
/// give the same hits, to the bit, over those floats as over the codes of the same weights.
/// </summary>
public sealed class UncodedWeightsSearchTests
{
    [Theory]
    [InlineData(0)] // MaxScore with block skipping, merged alternatives
    [InlineData(int.MaxValue)] // term at a time
    public void Search_OverWeightsKeptAsFloats_GivesTheHitsOfTheCodedWeights(int termAtATimeLimit)
    {
        var coded = TestCorpus.Synthetic;
        var arrays = coded.Index.Arrays;
        Assert.True(arrays.PostingWeights.IsCoded);
        var floats = new CorpusIndex(coded.Fingerprint, coded.Articles, coded.Passages,
            new InvertedIndex(arrays with { PostingWeights = PostingWeights.Uncoded(arrays.PostingWeights.ToArray()) }), coded.Timeline, coded.Rejected, coded.Analyzer);
        Assert.False(floats.Index.Arrays.PostingWeights.IsCoded);

        var planner = new QueryPlanner(coded.Index, coded.Analyzer);
        var plans = SyntheticCorpus.Queries(200, seed: 41).Select(q => planner.Plan(q, RuleBasedQuestionClassifier.Instance.Classify(q).Kind)).Concat(Overlapping(coded.Index)).ToList();
        var options = new SearchOptions { RescoreDepth = 32 };
        var searchers = new[]
        {
            (new Searcher(coded, options) { TermAtATimeLimit = termAtATimeLimit }, new Searcher(floats, options) { TermAtATimeLimit = termAtATimeLimit }),
            (new Searcher(coded, options) { Exhaustive = true }, new Searcher(floats, options) { Exhaustive = true }),
        };
        var compared = 0;
        foreach (var plan in plans)
        {
            foreach (var (overCodes, overFloats) in searchers)
            {
                var expected = overCodes.Search(plan, 10).Select(Key).ToList();
                Assert.Equal(expected, overFloats.Search(plan, 10).Select(Key));
                compared += expected.Count;
            }
        }

        Assert.True(compared >= plans.Count, $"only {compared} hits compared over {plans.Count} queries");
    }

    /// <summary>Concepts of several alternatives over frequent terms: merged postings, best-of scores, skipped blocks.</summary>
    private static IEnumerable<QueryPlan> Overlapping(InvertedIndex index)
    {
        var frequent = Enumerable.Range(0, index.TermCount).OrderByDescending(t => index.PostingPassages(t).Length).ThenBy(t => t).Take(60).ToArray();
        var random = new Random(43);
        for (var q = 0; q < 80; q++)
        {
            var concepts = new List<QueryConcept>();
            for (var c = random.Next(1, 7); c > 0; c--)
            {
                var alternatives = Enumerable.Range(0, random.Next(1, 4))
                    .Select(a => new TermAlternative(frequent[random.Next(frequent.Length)], a == 0 ? 1f : (float)random.NextDouble()))
                    .ToList();
                concepts.Add(new QueryConcept($"c{c}", concepts.Count, alternatives, 0.1f + (float)(random.NextDouble() * 5), ConceptSource.Exact));
            }

            yield return new QueryPlan($"plan {q}", concepts, QuestionKind.Description);
        }
    }

    private static (int Passage, int Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, BitConverter.SingleToInt32Bits(hit.Score), hit.MatchedConcepts);
}
