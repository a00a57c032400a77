using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Ranking;

/// <summary>
/// A trained ensemble of regression trees (LightGBM's output, exported by the trainer) evaluated without any machine
/// learning package: each tree walks from its root, going left when the feature is at most the node's threshold, and
/// the ensemble's score is the bias plus the weighted leaf values.
/// </summary>
public sealed class TreeEnsemble
{
    private readonly Tree[] trees;

    /// <summary>
    /// Every tree's nodes in one array and its leaves in another, children as indexes into them (a leaf as ~index): a
    /// walk reads one small struct a node instead of four arrays, which made scoring a candidate a third of an answer's time.
    /// </summary>
    private readonly Node[] nodes;
    private readonly float[] leaves;
    private readonly int[] roots;
    private readonly float[] weights;

    public TreeEnsemble(float bias, IReadOnlyList<Tree> trees)
    {
        Bias = bias;
        this.trees = [.. trees];
        FeatureCount = this.trees.Length == 0 ? 0 : this.trees.Max(t => t.Features.Length == 0 ? 0 : t.Features.Max() + 1);
        (nodes, leaves, roots, weights) = Flatten(this.trees);
    }

    public float Bias { get; }

    public IReadOnlyList<Tree> Trees => trees;

    /// <summary>The least number of features an input must have (one past the highest feature any split reads).</summary>
    public int FeatureCount { get; }

    public float Score(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"the model reads {FeatureCount} features; {features.Length} were given", nameof(features));
        }

        var score = Bias;
        for (var t = 0; t < roots.Length; t++)
        {
            var node = roots[t];
            while (node >= 0)
            {
                // Which child is data, not a branch: the comparison goes either way about as often, so a jump mispredicts.
                ref readonly var split = ref nodes[node];
                var right = features[split.Feature] <= split.Threshold ? 0 : 1;
                node = Unsafe.Add(ref Unsafe.AsRef(in split.Left), right);
            }

            score += weights[t] * leaves[~node];
        }

        return score;
    }

    private static (Node[] Nodes, float[] Leaves, int[] Roots, float[] Weights) Flatten(Tree[] trees)
    {
        var (nodes, leaves) = (new List<Node>(), new List<float>());
        var roots = new int[trees.Length];
        for (var t = 0; t < trees.Length; t++)
        {
            var (tree, nodeBase, leafBase) = (trees[t], nodes.Count, leaves.Count);
            int Child(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            roots[t] = tree.Features.Length == 0 ? ~leafBase : nodeBase;
            for (var n = 0; n < tree.Features.Length; n++)
            {
                nodes.Add(new Node(tree.Features[n], tree.Thresholds[n], Child(tree.Left[n]), Child(tree.Right[n])));
            }

            leaves.AddRange(tree.Leaves);
        }

        return ([.. nodes], [.. leaves], roots, [.. trees.Select(t => t.Weight)]);
    }

    /// <summary>A split; <see cref="Right"/> follows <see cref="Left"/> in memory, so the child is picked by offset.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Node(int feature, float threshold, int left, int right)
    {
        public readonly int Feature = feature;
        public readonly float Threshold = threshold;
        public readonly int Left = left;
        public readonly int Right = right;
    }

    /// <summary>
    /// One tree in flat arrays. Node i splits on <see cref="Features"/>[i] at <see cref="Thresholds"/>[i]; a child index
    /// below zero is a leaf, ~child being its index in <see cref="Leaves"/>. A tree without nodes is a single leaf.
    /// </summary>
    public sealed record Tree(float Weight, int[] Features, float[] Thresholds, int[] Left, int[] Right, float[] Leaves)
    {
        public float Leaf(ReadOnlySpan<float> features)
        {
            if (Features.Length == 0)
            {
                return Leaves[0];
            }

            var node = 0;
            while (node >= 0)
            {
                node = features[Features[node]] <= Thresholds[node] ? Left[node] : Right[node];
            }

            return Leaves[~node];
        }
    }
}
