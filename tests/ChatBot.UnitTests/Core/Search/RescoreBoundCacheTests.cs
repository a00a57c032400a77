using ChatBot.Core.Questions;
using ChatBot.Core.Search;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// The bound remembers its sums per mask of present concepts: whatever was asked before (other masks sharing a slot,
/// another query's concepts, all 64 concepts present), each bound equals the one a fresh bound gives.
/// </summary>
public sealed class RescoreBoundCacheTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(64)]
    public void Bound_EqualsAFreshBound_WhateverWasAskedBefore(int conceptCount)
    {
        var random = new Random(conceptCount);
        var reused = new RescoreBound();
        for (var query = 0; query < 4; query++)
        {
            var concepts = Concepts(conceptCount, random);
            reused.Begin(concepts, 10f, 0.5f, AnswerFeatures.None, SearchOptions.Default, 0.7f);
            var masks = Enumerable.Range(0, 300).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)).Append(ulong.MaxValue).Append(0UL).ToList();
            foreach (var mask in masks.Concat(masks).Concat(masks.AsEnumerable().Reverse()))
            {
                var firstStage = (float)(random.NextDouble() * 20);
                var fresh = new RescoreBound();
                fresh.Begin(concepts, 10f, 0.5f, AnswerFeatures.None, SearchOptions.Default, 0.7f);
                Assert.Equal(fresh.Of(firstStage, mask), reused.Of(firstStage, mask));
            }
        }
    }

    private static List<QueryConcept> Concepts(int count, Random random) =>
        Enumerable.Range(0, count)
            .Select(c => new QueryConcept($"w{c}", c + random.Next(2), [new TermAlternative(c, 0.5f + (float)random.NextDouble())], 0.2f + (float)(random.NextDouble() * 3), ConceptSource.Exact))
            .ToList();
}
