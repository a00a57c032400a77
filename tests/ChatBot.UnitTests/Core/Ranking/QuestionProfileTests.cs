using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Ranking;

public sealed class QuestionProfileTests
{
    [Fact]
    public void KnownByPosition_IsTheStableOrderByOfTheKnownConcepts()
    {
        var random = new Random(16);
        for (var round = 0; round < 500; round++)
        {
            // Few distinct positions, so most rounds hold ties that only a stable order keeps in index order.
            var concepts = new QueryConcept[random.Next(0, 12)];
            for (var c = 0; c < concepts.Length; c++)
            {
                var source = random.Next(4) == 0 ? ConceptSource.Unknown : ConceptSource.Exact;
                concepts[c] = new QueryConcept($"w{c}", random.Next(0, 4), [], 1f, source);
            }

            int[] expected = [.. Enumerable.Range(0, concepts.Length).Where(c => concepts[c].IsKnown).OrderBy(c => concepts[c].Position)];

            Assert.Equal(expected, QuestionProfile.KnownByPosition(concepts));
        }
    }

    [Fact]
    public void Largest_IsWhatEnumerableMaxGives()
    {
        // NaN first, NaN only, and signed zeros in both orders: where a plain loop most easily parts from Max.
        float[][] cases =
        [
            [1f, 3f, 2f], [float.NaN, 2f, 1f], [2f, float.NaN, 5f], [float.NaN, float.NaN], [-0f, 0f], [0f, -0f],
            [float.NegativeInfinity, -3f], [4f],
        ];
        foreach (var weights in cases)
        {
            var expected = weights.Max(w => w);

            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(QuestionProfile.Largest(weights)));
        }
    }

    [Fact]
    public void Largest_IsZero_WhenThereAreNoWeights()
    {
        Assert.Equal(0f, QuestionProfile.Largest([]));
    }

    [Fact]
    public void Profile_KeepsTheFirst64Concepts_WithTheirWeightsAndTotals()
    {
        var random = new Random(7);
        var concepts = new List<QueryConcept>();
        for (var c = 0; c < 70; c++)
        {
            concepts.Add(new QueryConcept($"w{c}", c, [], (float)random.NextDouble() * 9, ConceptSource.Exact));
        }

        var profile = QuestionProfile.For(new QueryPlan("what is w?", concepts, QuestionKind.Description), QuestionKind.Description);

        var kept = concepts.Take(64).ToList();
        Assert.Equal(kept, profile.Concepts);
        Assert.Equal(kept.Select(c => c.Weight), profile.Weights);
        Assert.Equal(kept.Select(c => Math.Clamp(c.Weight, QueryPlan.MinEvidenceWeight, QueryPlan.MaxEvidenceWeight)), profile.EvidenceWeights);
        Assert.Equal(kept.Sum(c => c.Weight), profile.TotalWeight);
        Assert.Equal(kept.Max(c => c.Weight), profile.MaxWeight);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(70)] // more than a profile keeps: the plan's first 64 concepts, so a full mask covers them all
    public void ShareAndHeaviestMissing_EqualTheLoopsOverEveryConcept_ForRandomMasks(int count)
    {
        var random = new Random(count);
        var concepts = new List<QueryConcept>();
        for (var c = 0; c < count; c++)
        {
            // Zero weights and equal weights among the rest: where a sum or maximum over fewer terms could part from the full one.
            var weight = random.Next(5) == 0 ? 0f : random.Next(3) == 0 ? 2.5f : (float)random.NextDouble() * 9;
            concepts.Add(new QueryConcept($"w{c}", c, [], weight, ConceptSource.Exact));
        }

        var profile = QuestionProfile.For(new QueryPlan("what is w?", concepts, QuestionKind.Description), QuestionKind.Description);
        for (var round = 0; round < 2_000; round++)
        {
            var mask = round switch { 0 => 0UL, 1 => ulong.MaxValue, _ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40) };
            foreach (var evidence in new[] { false, true })
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(PassageFeaturesTests.FullShare(profile, mask, evidence)), BitConverter.SingleToInt32Bits(profile.Share(mask, evidence)));
            }

            var heaviest = 0f;
            for (var c = 0; c < profile.Weights.Length; c++)
            {
                heaviest = (mask & (1UL << c)) == 0 ? MathF.Max(heaviest, profile.Weights[c]) : heaviest;
            }

            var expected = profile.MaxWeight <= 0 ? 0 : heaviest / profile.MaxWeight;
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(profile.HeaviestMissing(mask)));
        }
    }
}
