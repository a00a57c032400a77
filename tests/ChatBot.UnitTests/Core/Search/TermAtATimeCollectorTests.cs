using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>The term-at-a-time first stage keeps the candidates of the exhaustive reference, so search returns the same hits to the bit.</summary>
public sealed class TermAtATimeCollectorTests
{
    [Theory]
    [InlineData(64, 10)]
    [InlineData(4, 3)]
    [InlineData(1, 1)]
    public void TermAtATime_ReturnsTheExhaustiveHits_OnAGeneratedCorpus(int depth, int top)
    {
        var index = TestCorpus.Synthetic;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var plans = SyntheticCorpus.Queries(300, seed: 23).Select(q => planner.Plan(q, RuleBasedQuestionClassifier.Instance.Classify(q).Kind)).ToList();
        AssertSameHits(plans, depth, top);
    }

    [Fact]
    public void TermAtATime_ReturnsTheExhaustiveHits_ForQuestionsWithAliases()
    {
        var index = TestCorpus.Index;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var plans = EvaluationSet.Load("dev").Select(q => planner.Plan(q.Question, RuleBasedQuestionClassifier.Instance.Classify(q.Question).Kind)).ToList();
        AssertSameHits(plans, depth: 64, top: 10, corpus: index);
        AssertSameHits(plans, depth: 2, top: 2, corpus: index);
    }

    /// <summary>
    /// Concepts with several alternatives over the most frequent terms (so they share passages and most passages are
    /// touched): equal and different weights, the same term twice, an alternative that scores zero.
    /// </summary>
    [Theory]
    [InlineData(1, 1)]
    [InlineData(8, 5)]
    [InlineData(64, 10)]
    public void TermAtATime_ReturnsTheExhaustiveHits_ForConceptsWithOverlappingAlternatives(int depth, int top)
    {
        var index = TestCorpus.Synthetic.Index;
        var frequent = Enumerable.Range(0, index.TermCount).OrderByDescending(t => index.PostingPassages(t).Length).ThenBy(t => t).Take(80).ToArray();
        var random = new Random(29);
        var plans = new List<QueryPlan>();
        for (var q = 0; q < 150; q++)
        {
            var concepts = new List<QueryConcept>();
            for (var c = random.Next(1, 8); c > 0; c--)
            {
                var alternatives = Enumerable.Range(0, random.Next(1, 4))
                    .Select(a => new TermAlternative(frequent[random.Next(frequent.Length)], a == 0 || random.Next(2) == 0 ? 1f : (float)random.NextDouble()))
                    .ToList();
                if (alternatives.Count > 1 && random.Next(4) == 0)
                {
                    alternatives[1] = random.Next(2) == 0 ? alternatives[0] : alternatives[1] with { Weight = 0f };
                }

                concepts.Add(new QueryConcept($"c{c}", concepts.Count, alternatives, 0.1f + (float)(random.NextDouble() * 5), ConceptSource.Exact));
            }

            plans.Add(new QueryPlan($"plan {q}", concepts, QuestionKind.Description));
        }

        AssertSameHits(plans, depth, top);
    }

    /// <summary>
    /// Against offering every score in turn, on scores laid out to defeat the sample: ties, a few distinct values,
    /// sorted runs, high values at regular gaps (so the sample sees only those, or misses them all), NaN and infinities.
    /// </summary>
    [Fact]
    public void Select_KeepsTheBestScores_AsOfferingEveryOneWould()
    {
        var random = new Random(31);
        var taken = new HashSet<TermAtATimeCollector.Selection>();
        for (var round = 0; round < 3000; round++)
        {
            var depth = random.Next(4) == 0 ? random.Next(1, 5) : random.Next(1, 100);
            var length = random.Next(3) == 0 ? random.Next(0, 200) : random.Next(200, 6000);
            var scores = Scores(random, length);
            var passages = Enumerable.Range(0, length).Select(i => (i * 7919) % 100_003).ToArray();
            var expected = new PriorityQueue<int, (float Score, int Passage)>(Searcher.WorstFirst.Instance);
            var threshold = float.NegativeInfinity;
            for (var i = 0; i < length; i++)
            {
                if (scores[i] >= threshold && Searcher.Offer(expected, depth, passages[i], scores[i]) && expected.Count == depth)
                {
                    expected.TryPeek(out _, out var worst);
                    threshold = worst.Score;
                }
            }

            var work = new SearchScratch();
            var given = new GivenScores(scores, passages, Ceilings(random, scores));
            taken.Add(TermAtATimeCollector.Select(ref given, depth, work));
            Assert.Equal(Sorted(expected), [.. work.FirstStage.ToArray().Select(c => (c.Passage, c.Score)).Order()]);
        }

        Assert.Equal(3, taken.Count);
    }

    /// <summary>The quickselect against a full sort, on ties of score (broken by passage), runs and shapes that defeat a pivot.</summary>
    [Fact]
    public void BestFirst_MovesTheBestToTheFront_AsSortingWould()
    {
        var random = new Random(47);
        for (var round = 0; round < 2000; round++)
        {
            var length = random.Next(1, 400);
            var k = random.Next(1, length + 1);
            var scores = Scores(random, length);
            var items = Enumerable.Range(0, length).Select(i => new Candidate(float.IsNaN(scores[i]) ? 0 : scores[i], (i * 7919) % 100_003)).ToArray();
            var expected = items.Order().Take(k).Order().ToArray();
            TermAtATimeCollector.BestFirst(items, k);
            Assert.Equal(expected, items.Take(k).Order().ToArray());
        }
    }

    /// <summary>The kept list against the heap it replaced: the same best, in the same order, whatever is offered.</summary>
    [Fact]
    public void KeptCandidates_KeepWhatTheHeapKept_BestFirst()
    {
        var random = new Random(53);
        var kept = new KeptCandidates();
        for (var round = 0; round < 1000; round++)
        {
            var top = random.Next(1, 40);
            var heap = new PriorityQueue<int, (float Score, int Passage)>(Searcher.WorstFirst.Instance);
            kept.Clear(top);
            foreach (var passage in Enumerable.Range(0, random.Next(0, 120)).Select(_ => random.Next(100_000)).Distinct())
            {
                var score = random.Next(3) == 0 ? random.Next(5) : (float)random.NextDouble();
                Searcher.Offer(heap, top, passage, score);
                kept.Offer(passage, score);
            }

            var expected = new List<(float, int)>();
            while (heap.TryDequeue(out var passage, out var worst))
            {
                expected.Insert(0, (worst.Score, passage));
            }

            Assert.Equal(expected, Enumerable.Range(0, kept.Count).Select(i => kept[i]));
        }
    }

    private static float[] Scores(Random random, int length)
    {
        var scores = new float[length];
        var shape = random.Next(6);
        var gap = random.Next(2, 40);
        for (var i = 0; i < length; i++)
        {
            scores[i] = shape switch
            {
                0 => (float)random.NextDouble(),
                1 => random.Next(4),
                2 => i,
                3 => length - i,
                4 => i % gap == 0 ? 10 + (float)random.NextDouble() : (float)random.NextDouble(),
                _ => (float)Math.Exp(random.NextDouble() * 8) - 1,
            };
        }

        for (var odd = random.Next(3) == 0 ? random.Next(1, 8) : 0; odd > 0 && length > 0; odd--)
        {
            scores[random.Next(length)] = random.Next(3) switch { 0 => float.NaN, 1 => float.PositiveInfinity, _ => float.NegativeInfinity };
        }

        return scores;
    }

    /// <summary>
    /// Per score a ceiling the way a collector may have one: none, the score itself (a tie with the cut must pass), or
    /// the score raised by a random share.
    /// </summary>
    private static float[]? Ceilings(Random random, float[] scores) => random.Next(3) switch
    {
        0 => null,
        1 => scores,
        _ => [.. scores.Select(s => s > 0 ? s * (1 + (float)random.NextDouble()) : s)],
    };

    private readonly ref struct GivenScores(ReadOnlySpan<float> scores, ReadOnlySpan<int> passages, float[]? ceilings) : TermAtATimeCollector.IScores
    {
        private readonly ReadOnlySpan<float> scores = scores;
        private readonly ReadOnlySpan<int> passages = passages;

        public int Count => scores.Length;

        public float Score(int i) => scores[i];

        public int Passage(int i) => passages[i];

        public bool HasCeilings => ceilings is not null;

        public int MayReach(float cut, Span<int> passing)
        {
            var count = 0;
            for (var i = 0; i < ceilings!.Length; i++)
            {
                if (FirstStageScoring.MayReach(ceilings[i], 1f, cut))
                {
                    passing[count++] = i;
                }
            }

            return count;
        }
    }

    private static List<(int, float)> Sorted(PriorityQueue<int, (float Score, int Passage)> queue) =>
        [.. queue.UnorderedItems.Select(x => (x.Element, x.Priority.Score)).Order()];

    private static void AssertSameHits(IReadOnlyList<QueryPlan> plans, int depth, int top, ChatBot.Core.Indexing.CorpusIndex? corpus = null)
    {
        var index = corpus ?? TestCorpus.Synthetic;
        var options = new SearchOptions { RescoreDepth = depth };
        var termAtATime = new Searcher(index, options) { TermAtATimeLimit = int.MaxValue };
        var exhaustive = new Searcher(index, options) { Exhaustive = true };
        var compared = 0;
        foreach (var plan in plans)
        {
            var expected = exhaustive.Search(plan, top);
            Assert.Equal(expected.Select(Key), termAtATime.Search(plan, top).Select(Key));
            compared += expected.Count;
        }

        Assert.True(compared >= plans.Count / 2, $"only {compared} hits compared over {plans.Count} queries");
    }

    private static (int Passage, float Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts);
}
