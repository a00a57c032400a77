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
    public void Score_OfATreeWithoutSplits_IsItsOneLeaf()
    {
        var ensemble = new TreeEnsemble(0.5f, [new TreeEnsemble.Tree(2f, [], [], [], [], [0.25f]), new TreeEnsemble.Tree(1f, [0], [1f], [~0], [~1], [10f, 20f])]);

        Assert.Equal(0.5f + 0.5f + 10f, ensemble.Score([1f]));
        Assert.Equal(0.5f + 0.5f + 20f, ensemble.Score([1.5f]));
    }
}
