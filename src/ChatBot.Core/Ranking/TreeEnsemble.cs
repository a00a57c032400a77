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
    /// Every tree's nodes in one array, splits first and then one node per leaf that leads back to itself; children are
    /// indexes into it. A walk reads one small struct a node instead of four arrays, and a walk that has reached its leaf
    /// can take further steps without a branch, so several trees are walked in step.
    /// </summary>
    private readonly Node[] nodes;
    private readonly float[] leaves;
    private readonly int[] roots;
    private readonly float[] weights;

    /// <summary>The index of the first leaf node: every node from here on is a leaf, <see cref="leaves"/>[node - firstLeaf].</summary>
    private readonly int firstLeaf;

    /// <summary>The same trees for scoring many inputs without walking (null where the hardware or the trees do not allow it).</summary>
    private readonly LeafMasks? masks;

    public TreeEnsemble(float bias, IReadOnlyList<Tree> trees)
    {
        Bias = bias;
        this.trees = [.. trees];
        FeatureCount = this.trees.Length == 0 ? 0 : this.trees.Max(t => t.Features.Length == 0 ? 0 : t.Features.Max() + 1);
        (nodes, leaves, roots, weights, firstLeaf) = Flatten(this.trees);
        masks = LeafMasks.For(bias, this.trees, FeatureCount);
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

        if (masks is not null)
        {
            return masks.Score(features);
        }

        ref var first = ref MemoryMarshal.GetArrayDataReference(nodes);
        ref var input = ref MemoryMarshal.GetReference(features);
        var score = Bias;
        var t = 0;

        // Four trees walked side by side: each walk is a chain of dependent loads, so one alone leaves the core waiting.
        // A walk at its leaf steps in place until all four are done. The leaves are still added one tree at a time, in
        // order, so the sum is the same to the bit.
        for (; t + 4 <= roots.Length; t += 4)
        {
            score = WalkFour(score, t, ref first, ref input);
        }

        for (; t < roots.Length; t++)
        {
            var node = roots[t];
            while (node < firstLeaf)
            {
                node = Step(ref first, node, ref input);
            }

            score += weights[t] * leaves[node - firstLeaf];
        }

        return score;
    }

    /// <summary>
    /// <see cref="Score(ReadOnlySpan{float})"/> of every input into <paramref name="scores"/>, each equal to it to the bit
    /// (the same leaves added in the same order): eight inputs at a time through <see cref="LeafMasks"/> where the
    /// hardware has vectors, otherwise by walking.
    /// </summary>
    public void Score(ReadOnlySpan<float[]> inputs, Span<float> scores)
    {
        if (scores.Length < inputs.Length)
        {
            throw new ArgumentException($"{inputs.Length} inputs need as many scores; {scores.Length} were given", nameof(scores));
        }

        foreach (var input in inputs)
        {
            if (input.Length < FeatureCount)
            {
                throw new ArgumentException($"the model reads {FeatureCount} features; an input has {input.Length}", nameof(inputs));
            }
        }

        if (masks is not null)
        {
            masks.Score(inputs, scores);
        }
        else
        {
            ScoreByWalking(inputs, scores);
        }
    }

    /// <summary>
    /// The inputs scored by walking the trees, four trees at a time across all the inputs: those trees' few nodes stay in
    /// the nearest cache for every input, where scoring one input at a time reads the whole ensemble (tens of kilobytes)
    /// again for each.
    /// </summary>
    private void ScoreByWalking(ReadOnlySpan<float[]> inputs, Span<float> scores)
    {
        scores[..inputs.Length].Fill(Bias);
        ref var first = ref MemoryMarshal.GetArrayDataReference(nodes);
        var t = 0;
        for (; t + 4 <= roots.Length; t += 4)
        {
            var i = 0;
            for (; i + 2 <= inputs.Length; i += 2)
            {
                ref var x = ref MemoryMarshal.GetArrayDataReference(inputs[i]);
                ref var y = ref MemoryMarshal.GetArrayDataReference(inputs[i + 1]);
                var (a, b, c, d) = (roots[t], roots[t + 1], roots[t + 2], roots[t + 3]);
                var (e, f, g, h) = (a, b, c, d);
                while (((a - firstLeaf) | (b - firstLeaf) | (c - firstLeaf) | (d - firstLeaf) | (e - firstLeaf) | (f - firstLeaf) | (g - firstLeaf) | (h - firstLeaf)) < 0)
                {
                    a = Step(ref first, a, ref x);
                    b = Step(ref first, b, ref x);
                    c = Step(ref first, c, ref x);
                    d = Step(ref first, d, ref x);
                    e = Step(ref first, e, ref y);
                    f = Step(ref first, f, ref y);
                    g = Step(ref first, g, ref y);
                    h = Step(ref first, h, ref y);
                }

                scores[i] = AddFour(scores[i], t, a, b, c, d);
                scores[i + 1] = AddFour(scores[i + 1], t, e, f, g, h);
            }

            for (; i < inputs.Length; i++)
            {
                scores[i] = WalkFour(scores[i], t, ref first, ref MemoryMarshal.GetArrayDataReference(inputs[i]));
            }
        }

        for (; t < roots.Length; t++)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                ref var input = ref MemoryMarshal.GetArrayDataReference(inputs[i]);
                var node = roots[t];
                while (node < firstLeaf)
                {
                    node = Step(ref first, node, ref input);
                }

                scores[i] += weights[t] * leaves[node - firstLeaf];
            }
        }
    }

    /// <summary>
    /// The child a split sends the input to (a leaf's is itself). Which child is data, not a branch: the comparison
    /// goes either way about as often, so a jump mispredicts.
    /// </summary>
    /// <summary>Trees t to t + 3 walked side by side for one input, their leaves added to the score in tree order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float WalkFour(float score, int t, ref Node first, ref float input)
    {
        var (a, b, c, d) = (roots[t], roots[t + 1], roots[t + 2], roots[t + 3]);
        while (((a - firstLeaf) | (b - firstLeaf) | (c - firstLeaf) | (d - firstLeaf)) < 0)
        {
            a = Step(ref first, a, ref input);
            b = Step(ref first, b, ref input);
            c = Step(ref first, c, ref input);
            d = Step(ref first, d, ref input);
        }

        return AddFour(score, t, a, b, c, d);
    }

    /// <summary>Four trees' leaves added to a score one after another, in tree order (the order the sum was always made in).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float AddFour(float score, int t, int a, int b, int c, int d)
    {
        score += weights[t] * leaves[a - firstLeaf];
        score += weights[t + 1] * leaves[b - firstLeaf];
        score += weights[t + 2] * leaves[c - firstLeaf];
        score += weights[t + 3] * leaves[d - firstLeaf];
        return score;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref Node first, int node, ref float features)
    {
        // Unchecked: every child index was made in range by Flatten, and Score checked that the input has every feature read.
        ref readonly var split = ref Unsafe.Add(ref first, node);
        var right = Unsafe.Add(ref features, split.Feature) <= split.Threshold ? 0 : 1;
        return Unsafe.Add(ref Unsafe.AsRef(in split.Left), right);
    }

    private static (Node[] Nodes, float[] Leaves, int[] Roots, float[] Weights, int FirstLeaf) Flatten(Tree[] trees)
    {
        var splits = trees.Sum(t => t.Features.Length);
        var (nodes, leaves) = (new List<Node>(), new List<float>());
        var roots = new int[trees.Length];
        for (var t = 0; t < trees.Length; t++)
        {
            var (tree, nodeBase, leafBase) = (trees[t], nodes.Count, splits + leaves.Count);
            int Child(int child) => child >= 0 ? nodeBase + child : leafBase + ~child;
            roots[t] = tree.Features.Length == 0 ? leafBase : nodeBase;
            for (var n = 0; n < tree.Features.Length; n++)
            {
                nodes.Add(new Node(tree.Features[n], tree.Thresholds[n], Child(tree.Left[n]), Child(tree.Right[n])));
            }

            leaves.AddRange(tree.Leaves);
        }

        // A leaf reads feature 0 and goes to itself either way; only a model with splits steps, so feature 0 exists.
        nodes.AddRange(leaves.Select((_, leaf) => new Node(0, 0, splits + leaf, splits + leaf)));
        return ([.. nodes], [.. leaves], roots, [.. trees.Select(t => t.Weight)], splits);
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
