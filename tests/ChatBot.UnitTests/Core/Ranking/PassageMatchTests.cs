using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Ranking;

public sealed class PassageMatchTests
{
    [Fact]
    public void Pair_EqualsComparingEveryOccurrenceWithEveryOther_OnRandomSpansInTextOrder()
    {
        var random = new Random(16);
        for (var trial = 0; trial < 20_000; trial++)
        {
            var span = RandomSpan(random, random.Next(0, 14), concepts: random.Next(1, 5));
            var (a, b) = (random.Next(0, 4), random.Next(0, 4));
            var gap = random.Next(0, 7);
            Assert.Equal(EveryPair(span, a, b, gap), PassageMatch.Pair(span, a, b, gap));
        }
    }

    [Fact]
    public void Pair_FindsAnOccurrencePastOthersAtTheSamePosition()
    {
        (int, int)[] span = [(3, 0), (3, 1), (3, 2), (5, 2), (6, 1), (9, 1)];

        Assert.Equal((true, true), PassageMatch.Pair(span, 0, 1, 3));
        Assert.Equal((false, true), PassageMatch.Pair(span, 0, 1, 1));
        Assert.Equal((false, false), PassageMatch.Pair(span, 2, 0, 0));
        Assert.Equal((false, true), PassageMatch.Pair(span, 0, 2, 0));
    }

    [Fact]
    public void Pairs_EqualsSearchingEveryAdjacentPair_OnRandomQuestionsAndSpans()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 5_000; trial++)
        {
            var concepts = new QueryConcept[random.Next(1, 7)];
            for (var c = 0; c < concepts.Length; c++)
            {
                var source = random.Next(5) == 0 ? ConceptSource.Unknown : ConceptSource.Exact;
                concepts[c] = new QueryConcept($"w{c}", random.Next(0, 8), [], 1f, source);
            }

            var question = QuestionProfile.For(new QueryPlan("q", concepts, QuestionKind.Description), QuestionKind.Description);
            var span = RandomSpan(random, random.Next(0, 12), concepts: concepts.Length);
            Assert.Equal(EveryAdjacentPair(question, span), PassageMatch.Pairs(question, span));
        }
    }

    /// <summary>The pair features with every adjacent pair searched, whether or not its concepts occur.</summary>
    private static (float, float, float) EveryAdjacentPair(QuestionProfile question, (int Position, int Concept)[] span)
    {
        var order = question.InOrder;
        if (order.Length < 2)
        {
            var alone = order.Length == 1 && span.Length > 0 ? 1f : 0f;
            return (alone, alone, alone);
        }

        int exact = 0, near = 0, run = 0, longest = 0;
        for (var i = 0; i + 1 < order.Length; i++)
        {
            var (isExact, isNear) = EveryPair(span, order[i], order[i + 1], question.Concepts[order[i + 1]].Position - question.Concepts[order[i]].Position);
            exact += isExact ? 1 : 0;
            near += isNear ? 1 : 0;
            run = isNear ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var pairs = order.Length - 1f;
        return (exact / pairs, near / pairs, (longest + 1f) / order.Length);
    }

    /// <summary>Occurrences as a passage yields them: positions never decrease, and one position may stand for several concepts.</summary>
    private static (int Position, int Concept)[] RandomSpan(Random random, int length, int concepts)
    {
        var span = new (int, int)[length];
        var position = random.Next(0, 3);
        for (var i = 0; i < length; i++)
        {
            position += random.Next(0, 4);
            span[i] = (position, random.Next(0, concepts));
        }

        return span;
    }

    /// <summary>The form the pair features were first computed in: every occurrence of one concept against every one of the other.</summary>
    private static (bool, bool) EveryPair((int Position, int Concept)[] span, int a, int b, int gap)
    {
        var (isExact, isNear) = (false, false);
        foreach (var (pa, ca) in span)
        {
            foreach (var (pb, cb) in span)
            {
                if (ca == a && cb == b && pb > pa)
                {
                    isExact |= pb - pa == gap;
                    isNear |= pb - pa <= gap + 3;
                }
            }
        }

        return (isExact, isNear);
    }
}
