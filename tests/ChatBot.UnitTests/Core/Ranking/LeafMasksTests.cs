using System.Runtime.Intrinsics;
using ChatBot.Core.Ranking;

namespace ChatBot.UnitTests.Ranking;

public sealed class LeafMasksTests
{
    [Fact]
    public void Score_EqualsWalkingEachInput_ToTheBit_ForEveryShippedModel_AndAnyNumberOfInputs()
    {
        var set = EvidenceModelFile.Embedded;
        var ensembles = new[] { set.Lexical, set.Dense! }
            .SelectMany(m => new[] { m.Passage, m.Sentence, m.Answerability?.Trees })
            .OfType<TreeEnsemble>()
            .ToList();
        var random = new Random(8);
        foreach (var ensemble in ensembles)
        {
            var masks = LeafMasks.For(ensemble.Bias, ensemble.Trees, ensemble.FeatureCount);
            if (!Vector256.IsHardwareAccelerated)
            {
                // Without vectors the ensemble walks its trees (the other tests of the ensemble cover that).
                Assert.Null(masks);
                continue;
            }

            var thresholds = ensemble.Trees.SelectMany(t => t.Thresholds).ToArray();

            // Counts below, at and past one, two and four vectors of inputs (eight and sixteen lanes, thirty-two in two
            // blocks, and such a pass followed by a narrower one); values on a threshold, off it, and NaN or infinite.
            foreach (var count in new[] { 1, 3, 7, 8, 9, 15, 16, 17, 24, 25, 31, 33, 64 })
            {
                var inputs = Enumerable.Range(0, count).Select(_ => Features(ensemble.FeatureCount, thresholds, random)).ToArray();
                var scores = Enumerable.Repeat(float.NaN, count + 1).ToArray();

                masks!.Score(inputs, scores);

                Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(Walk(ensemble, i))), scores.Take(count).Select(BitConverter.SingleToInt32Bits));
                Assert.True(float.IsNaN(scores[count]));
            }
        }
    }

    [Fact]
    public void Score_AddsTheBiasFirst_AndEachTreesWeightedLeafInTreeOrder_InEveryPassWidth()
    {
        // The shipped models have bias 0 and weights 1, which hide the order of the sum: here a bias and uneven weights on
        // the shipped trees, over counts that take the sixteen-input pass, the eight-input pass, the two-block pass
        // (25, 33) and both.
        var shipped = EvidenceModelFile.Embedded.Lexical.Passage!;
        var ensemble = new TreeEnsemble(-0.2871f, [.. shipped.Trees.Select((t, i) => t with { Weight = 0.3f + (0.11f * (i % 7)) })]);
        var thresholds = ensemble.Trees.SelectMany(t => t.Thresholds).ToArray();
        var random = new Random(21);
        foreach (var count in new[] { 1, 7, 9, 16, 25, 33 })
        {
            var inputs = Enumerable.Range(0, count).Select(_ => Features(ensemble.FeatureCount, thresholds, random)).ToArray();
            var scores = new float[count];

            ensemble.Score(inputs, scores);

            Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(Walk(ensemble, i))), scores.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(Walk(ensemble, i))), inputs.Select(i => BitConverter.SingleToInt32Bits(ensemble.Score(i))));
        }
    }

    [Fact]
    public void Score_EqualsWalking_WhenOneInputAloneSitsOnOrJustPastAThreshold_OrIsNaN()
    {
        // Eight or sixteen inputs share every comparison: one input of them on or just past a threshold (or NaN) while the
        // rest sit below every threshold must still be cleared by it, in whichever lane it sits.
        var ensemble = EvidenceModelFile.Embedded.Lexical.Sentence!;
        var masks = LeafMasks.For(ensemble.Bias, ensemble.Trees, ensemble.FeatureCount);
        if (!Vector256.IsHardwareAccelerated)
        {
            Assert.Null(masks);
            return;
        }

        var byFeature = ensemble.Trees.SelectMany(t => t.Features.Zip(t.Thresholds)).GroupBy(s => s.First).ToList();
        var random = new Random(12);
        foreach (var splits in byFeature)
        {
            var lowest = splits.Min(s => s.Second);
            foreach (var threshold in splits.Select(s => s.Second).Distinct().OrderBy(_ => random.Next()).Take(6))
            {
                foreach (var odd in new[] { threshold, MathF.BitIncrement(threshold), float.NaN })
                {
                    // Eight, sixteen, or thirty-two in one pass over two blocks (the odd lane in either block).
                    var width = random.Next(4) switch { 0 => 8, 1 => 16, 2 => 24, _ => 32 };
                    var lane = random.Next(width);
                    var inputs = Enumerable.Range(0, width).Select(_ => Enumerable.Range(0, ensemble.FeatureCount).Select(_ => (float)((random.NextDouble() * 4) - 1)).ToArray()).ToArray();
                    for (var i = 0; i < inputs.Length; i++)
                    {
                        inputs[i][splits.Key] = i == lane ? odd : MathF.BitDecrement(lowest);
                    }

                    var scores = new float[inputs.Length];
                    masks!.Score(inputs, scores);

                    Assert.Equal(inputs.Select(i => BitConverter.SingleToInt32Bits(ensemble.Score(i))), scores.Select(BitConverter.SingleToInt32Bits));
                }
            }
        }
    }

    [Fact]
    public void Score_FindsTheLeafTheWalkReaches_WhenLeavesAreNotNumberedLeftToRight()
    {
        // Root on feature 0; its left child on feature 1, its right child on feature 2, a deeper split under the right
        // child's left. Leaf indexes run against the tree's left-to-right order, so only the leaf's place in the tree can
        // say which one the walk reaches.
        var tree = new TreeEnsemble.Tree(
            1f,
            Features: [0, 1, 2, 1],
            Thresholds: [0.5f, 0.5f, 0.5f, 0.25f],
            Left: [1, ~4, 3, ~2],
            Right: [2, ~3, ~0, ~1],
            Leaves: [1f, 2f, 4f, 8f, 16f]);
        var ensemble = new TreeEnsemble(0f, [tree]);
        var masks = LeafMasks.For(0f, ensemble.Trees, ensemble.FeatureCount);
        if (!Vector256.IsHardwareAccelerated)
        {
            Assert.Null(masks);
            return;
        }

        float[] values = [0f, 0.25f, 0.5f, 0.75f, 1f, float.NaN];
        var inputs = (from a in values from b in values from c in values select new[] { a, b, c }).ToArray();
        var scores = new float[inputs.Length];

        masks!.Score(inputs, scores);

        Assert.Equal(inputs.Select(i => tree.Leaf(i)), scores);
        Assert.Equal(5, scores.Distinct().Count());
    }

    [Fact]
    public void For_LeavesATreeWithMoreLeavesThanBits_ToTheWalk_AndTheEnsembleStillScoresEveryInput()
    {
        // A chain of 32 splits on one feature: 33 leaves, one more than a mask holds.
        const int Splits = 32;
        var tree = new TreeEnsemble.Tree(
            1f,
            [.. Enumerable.Repeat(0, Splits)],
            [.. Enumerable.Range(0, Splits).Select(i => (float)i)],
            [.. Enumerable.Range(0, Splits).Select(i => ~i)],
            [.. Enumerable.Range(0, Splits).Select(i => i + 1 < Splits ? i + 1 : ~Splits)],
            [.. Enumerable.Range(0, Splits + 1).Select(i => (float)i)]);
        var ensemble = new TreeEnsemble(0.5f, [tree]);
        var inputs = Enumerable.Range(-1, Splits + 2).Select(i => new[] { i + 0.5f }).ToArray();
        var scores = new float[inputs.Length];

        ensemble.Score(inputs, scores);

        Assert.Null(LeafMasks.For(0.5f, ensemble.Trees, ensemble.FeatureCount));
        Assert.Equal(inputs.Select(i => 0.5f + tree.Leaf(i)), scores);
    }

    /// <summary>The score by walking each tree from its root: the bias, then each tree's weighted leaf in tree order.</summary>
    private static float Walk(TreeEnsemble ensemble, float[] input)
    {
        var sum = ensemble.Bias;
        foreach (var tree in ensemble.Trees)
        {
            sum += tree.Weight * tree.Leaf(input);
        }

        return sum;
    }

    private static float[] Features(int count, float[] thresholds, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => random.Next(10) switch
        {
            < 4 => thresholds[random.Next(thresholds.Length)],
            4 => float.NaN,
            5 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
            _ => (float)((random.NextDouble() * 4) - 1),
        })];
}
