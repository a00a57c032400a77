using ChatBot.Core.Ranking;

namespace ChatBot.UnitTests.Ranking;

public sealed class TreeEnsembleTests
{
    [Fact]
    public void Score_EqualsTheBiasPlusEveryTreesWeightedLeafInOrder_ToTheBit_ForEveryShippedModel()
    {
        var set = EvidenceModelFile.Embedded;
        var ensembles = new[] { set.Lexical, set.Dense! }
            .SelectMany(m => new[] { m.Passage, m.Sentence, m.Answerability?.Trees })
            .OfType<TreeEnsemble>()
            .ToList();
        var random = new Random(16);

        Assert.Equal(6, ensembles.Count);
        foreach (var ensemble in ensembles)
        {
            var thresholds = ensemble.Trees.SelectMany(t => t.Thresholds).ToArray();
            for (var sample = 0; sample < 500; sample++)
            {
                // Half the features sit exactly on a threshold, where "at most" and "below" part ways.
                var features = Enumerable.Range(0, ensemble.FeatureCount)
                    .Select(_ => random.Next(2) == 0 ? thresholds[random.Next(thresholds.Length)] : (float)((random.NextDouble() * 4) - 1))
                    .ToArray();
                var expected = ensemble.Bias;
                foreach (var tree in ensemble.Trees)
                {
                    expected += tree.Weight * tree.Leaf(features);
                }

                Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(ensemble.Score(features)));
            }
        }
    }

    [Fact]
    public void Score_EqualsTheTreeByTreeSum_ToTheBit_ForAnyNumberOfTrees_WithLeavesAmongThem()
    {
        // Trees are walked four at a time with the rest one by one; single-leaf trees end their walk before it starts.
        var shipped = EvidenceModelFile.Embedded.Lexical.Sentence!;
        var leaf = new TreeEnsemble.Tree(0.5f, [], [], [], [], [0.125f]);
        var random = new Random(4);
        for (var count = 0; count <= 11; count++)
        {
            var trees = shipped.Trees.Take(count).Select((t, i) => i % 3 == 2 ? leaf : t).ToList();
            var ensemble = new TreeEnsemble(-0.25f, trees);
            for (var sample = 0; sample < 200; sample++)
            {
                var features = Enumerable.Range(0, shipped.FeatureCount).Select(_ => (float)((random.NextDouble() * 4) - 1)).ToArray();
                var expected = ensemble.Bias;
                foreach (var tree in trees)
                {
                    expected += tree.Weight * tree.Leaf(features);
                }

                Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(ensemble.Score(features)));
            }
        }
    }

    [Fact]
    public void Score_OfOneInput_EqualsWalkingEveryTree_ToTheBit_WithNaNAndValuesOnOrJustPastThresholds()
    {
        // One input is scored from the leaf bits, not by a walk: a split's test must fail for NaN and hold on its threshold.
        var ensemble = EvidenceModelFile.Embedded.Lexical.Answerability!.Trees;
        var thresholds = ensemble.Trees.SelectMany(t => t.Thresholds).ToArray();
        var random = new Random(23);
        for (var sample = 0; sample < 2_000; sample++)
        {
            var features = Enumerable.Range(0, ensemble.FeatureCount).Select(_ => random.Next(4) switch
            {
                0 => float.NaN,
                1 => thresholds[random.Next(thresholds.Length)],
                2 => MathF.BitIncrement(thresholds[random.Next(thresholds.Length)]),
                _ => (float)((random.NextDouble() * 4) - 1),
            }).ToArray();
            var expected = ensemble.Bias;
            foreach (var tree in ensemble.Trees)
            {
                expected += tree.Weight * tree.Leaf(features);
            }

            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(ensemble.Score(features)));
        }
    }

    [Fact]
    public void Score_OfATreeWithoutSplits_IsItsOneLeaf()
    {
        var ensemble = new TreeEnsemble(0.5f, [new TreeEnsemble.Tree(2f, [], [], [], [], [0.25f]), new TreeEnsemble.Tree(1f, [0], [1f], [~0], [~1], [10f, 20f])]);

        Assert.Equal(0.5f + 0.5f + 10f, ensemble.Score([1f]));
        Assert.Equal(0.5f + 0.5f + 20f, ensemble.Score([1.5f]));
    }

    [Fact]
    public void ScoreMany_EqualsScoringEachInputAlone_ToTheBit_ForEveryShippedModel_AndAnyNumberOfInputs()
    {
        var set = EvidenceModelFile.Embedded;
        var ensembles = new[] { set.Lexical, set.Dense! }
            .SelectMany(m => new[] { m.Passage, m.Sentence, m.Answerability?.Trees })
            .OfType<TreeEnsemble>()
            .ToList();
        var random = new Random(64);
        foreach (var ensemble in ensembles)
        {
            var thresholds = ensemble.Trees.SelectMany(t => t.Thresholds).ToArray();
            for (var count = 0; count <= 9; count++)
            {
                // Inputs longer than the model reads are fine, as they are for one input.
                var inputs = Enumerable.Range(0, count)
                    .Select(i => Enumerable.Range(0, ensemble.FeatureCount + (i % 2))
                        .Select(_ => random.Next(2) == 0 ? thresholds[random.Next(thresholds.Length)] : (float)((random.NextDouble() * 4) - 1))
                        .ToArray())
                    .ToArray();
                var scores = Enumerable.Repeat(float.NaN, count + 1).ToArray();

                ensemble.Score(inputs, scores);

                Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(ensemble.Score(i))), scores.Take(count).Select(BitConverter.SingleToInt32Bits));
                Assert.True(float.IsNaN(scores[count]));
            }
        }
    }

    [Fact]
    public void ScoreMany_EqualsScoringEachInputAlone_ToTheBit_ForAnyNumberOfTrees_WithLeavesAmongThem()
    {
        var shipped = EvidenceModelFile.Embedded.Lexical.Passage!;
        var leaf = new TreeEnsemble.Tree(0.5f, [], [], [], [], [0.125f]);
        var random = new Random(5);
        for (var count = 0; count <= 11; count++)
        {
            var ensemble = new TreeEnsemble(-0.25f, [.. shipped.Trees.Take(count).Select((t, i) => i % 3 == 1 ? leaf : t)]);
            var inputs = Enumerable.Range(0, 7)
                .Select(_ => Enumerable.Range(0, shipped.FeatureCount).Select(_ => (float)((random.NextDouble() * 4) - 1)).ToArray())
                .ToArray();
            var scores = new float[inputs.Length];

            ensemble.Score(inputs, scores);

            Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(ensemble.Score(i))), scores.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void ScoreMany_Throws_WhenAnInputIsShortOrThereAreTooFewScores()
    {
        var ensemble = EvidenceModelFile.Embedded.Lexical.Sentence!;
        var input = new float[ensemble.FeatureCount];

        Assert.Throws<ArgumentException>(() => ensemble.Score([input, new float[ensemble.FeatureCount - 1]], new float[2]));
        Assert.Throws<ArgumentException>(() => ensemble.Score([input, input], new float[1]));
    }
}
