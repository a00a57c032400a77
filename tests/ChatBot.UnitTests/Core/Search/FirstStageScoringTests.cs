using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

/// <summary>The bound that lets the first stage skip most scores never rules out one that reaches the cut.</summary>
public sealed class FirstStageScoringTests
{
    /// <summary>
    /// Masks (every one up to 10 concepts, random ones up to 24), as a reference and not, on sums from tiny to huge,
    /// with the cut set to the score itself (the tightest cut that score must still pass): the largest factor taken
    /// from every mask's factor, from the coverage table alone and from no table; coverage floors and penalties
    /// across their range, zero and tiny weights.
    /// </summary>
    [Theory]
    [InlineData(Source.Factors)]
    [InlineData(Source.CoverageTable)]
    [InlineData(Source.NoTable)]
    public void MayReach_PassesEveryScoreThatReachesTheCut(Source source)
    {
        var random = new Random(61 + (int)source);
        var checkedScores = 0;
        for (var round = 0; round < 300; round++)
        {
            var count = source == Source.NoTable ? random.Next(1, 25) : random.Next(1, 11);
            var concepts = Enumerable.Range(0, count)
                .Select(c => new QueryConcept($"c{c}", c, [new TermAlternative(c, 1f)], Weight(random), ConceptSource.Exact))
                .ToList();
            var settings = new SearchOptions
            {
                CoverageFloor = random.Next(4) == 0 ? random.Next(2) : (float)random.NextDouble(),
                ReferencePenalty = random.Next(4) == 0 ? random.Next(2) : (float)random.NextDouble(),
            };
            var total = Searcher.TotalWeight(concepts);
            var coverages = source == Source.NoTable ? null : Searcher.CoverageTable(concepts, total, new SearchScratch());
            var scoring = new FirstStageScoring(concepts, coverages, total, settings, [false, true]);
            var buffer = Array.Empty<float>();
            var factors = source == Source.Factors ? scoring.Factors(ref buffer, int.MaxValue) : null;
            var largest = scoring.LargestFactor(factors);
            Assert.NotEqual(float.PositiveInfinity, largest);
            var masks = count <= 10 ? 1 << count : 2000;
            for (var m = 0; m < masks; m++)
            {
                var mask = count <= 10 ? (ulong)m : (ulong)random.NextInt64(1L << count);
                for (var sample = 0; sample < 4; sample++)
                {
                    var sum = (float)Math.Exp((random.NextDouble() * 40) - 20);
                    for (var passage = 0; passage < 2; passage++)
                    {
                        var score = scoring.Score(sum, mask, passage);
                        if (score > 0)
                        {
                            Assert.True(FirstStageScoring.MayReach(sum, largest, score), $"sum {sum}, mask {mask}, score {score}, largest {largest}");
                            checkedScores++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedScores > 100_000, $"only {checkedScores} scores checked");
    }

    /// <summary>No bound where one could fail: a penalty that raises scores, a floor outside [0, 1], a negative or NaN weight.</summary>
    [Theory]
    [InlineData(1.5f, 0.35f, 2f)]
    [InlineData(0.6f, 1.5f, 2f)]
    [InlineData(0.6f, -0.1f, 2f)]
    [InlineData(0.6f, 0.35f, -1f)]
    [InlineData(0.6f, 0.35f, float.NaN)]
    public void LargestFactor_IsInfinite_WhenScoresCouldOutgrowIt(float penalty, float floor, float weight)
    {
        var concepts = new List<QueryConcept>
        {
            new("a", 0, [new TermAlternative(0, 1f)], 2f, ConceptSource.Exact),
            new("b", 1, [new TermAlternative(1, 1f)], weight, ConceptSource.Exact),
        };
        var scoring = new FirstStageScoring(concepts, null, Searcher.TotalWeight(concepts), new SearchOptions { ReferencePenalty = penalty, CoverageFloor = floor }, [true]);
        Assert.Equal(float.PositiveInfinity, scoring.LargestFactor(null));
    }

    public enum Source
    {
        Factors,
        CoverageTable,
        NoTable,
    }

    private static float Weight(Random random) => random.Next(8) switch
    {
        0 => 0f,
        1 => (float)(random.NextDouble() * 1e-6),
        _ => (float)(random.NextDouble() * 9),
    };
}
