using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ChatBot.Core.Ranking;

/// <summary>
/// A tree ensemble laid out to score several inputs at once without walking a tree (the QuickScorer layout of Lucchese
/// et al., 2015). A tree's leaves are numbered left to right, and each tree keeps a bit per leaf that may still be the
/// one the walk ends in. A split whose test fails sends the walk right, so no leaf under its left child can be the end:
/// the split clears their bits. Once every failing split of every tree has cleared its bits, the lowest bit left in a
/// tree is the leaf the walk would have reached (a leaf left of it parts from the walk's path at a split that sent the
/// walk right, and the walk's own leaf is under the left child of no failing split). Eight inputs are compared with a
/// split's threshold in one vector operation, with no data-dependent branch, and a tree's bits stay in a register while
/// its splits are visited (visiting splits feature by feature, as the paper does to stop early for one input, wrote the
/// bits back to memory at every split and stopped early for eight inputs too rarely to pay).
/// </summary>
internal sealed partial class LeafMasks
{
    /// <summary>Inputs scored at once: a 256-bit vector's floats.</summary>
    private const int Lanes = 8;

    /// <summary>Inputs scored at once where 512-bit vectors are fast (<see cref="Wide"/>): a 512-bit vector's floats.</summary>
    private const int WideLanes = 16;

    /// <summary>
    /// The turned inputs keep a row of <see cref="WideLanes"/> floats a feature whichever width scores them, so one layout
    /// serves both (an eight-input pass reads the first half of each row).
    /// </summary>
    private const int Stride = WideLanes;

    /// <summary>Per thread, the inputs' features turned on their side and the trees' remaining leaves, reused across calls.</summary>
    [ThreadStatic]
    private static (float[] Features, int[] Remaining)? scratch;

    private readonly float bias;
    private readonly int featureCount;

    /// <summary>The splits of tree t are <see cref="splits"/>[treeStarts[t]..treeStarts[t + 1]].</summary>
    private readonly int[] treeStarts;
    private readonly Split[] splits;

    /// <summary>
    /// Every tree's leaf values times its weight, in left-to-right order, tree t's from <see cref="leafStarts"/>[t]: the
    /// product the walk makes, made once.
    /// </summary>
    private readonly float[] weighted;
    private readonly int[] leafStarts;

    /// <summary>
    /// The same weighted leaves, <see cref="WideLanes"/> a tree (padded with zeros), so a tree's leaves are one 512-bit
    /// vector and sixteen inputs pick theirs with one permute; null where 512-bit vectors are not fast or a tree has more
    /// than sixteen leaves.
    /// </summary>
    private readonly float[]? wideLeaves;

    /// <summary>The splits laid out sixteen trees across, for one input at a time (null where <see cref="wideLeaves"/> is).</summary>
    private readonly TreesAcross? across;

    private LeafMasks(float bias, IReadOnlyList<TreeEnsemble.Tree> trees, int featureCount)
    {
        this.bias = bias;
        this.featureCount = featureCount;
        var found = new List<Split>();
        var ordered = new List<float>();
        leafStarts = new int[trees.Count];
        treeStarts = new int[trees.Count + 1];
        for (var t = 0; t < trees.Count; t++)
        {
            leafStarts[t] = ordered.Count;
            treeStarts[t] = found.Count;
            var tree = trees[t];
            if (tree.Features.Length == 0)
            {
                ordered.Add(tree.Weight * tree.Leaves[0]);
                continue;
            }

            // Leaf ranks left to right, then each split's left subtree as a range of them.
            var rank = new int[tree.Leaves.Length];
            var next = 0;
            (int First, int End) Number(int child)
            {
                if (child < 0)
                {
                    rank[~child] = next;
                    ordered.Add(tree.Weight * tree.Leaves[~child]);
                    return (next, ++next);
                }

                var (first, _) = Number(tree.Left[child]);
                var (_, end) = Number(tree.Right[child]);
                return (first, end);
            }

            Number(0);
            for (var n = 0; n < tree.Features.Length; n++)
            {
                var (first, end) = LeftRange(tree, n, rank);
                var left = (int)(((1UL << end) - 1) & ~((1UL << first) - 1));
                found.Add(new Split(tree.Thresholds[n], ~left, tree.Features[n] * Stride));
            }
        }

        treeStarts[trees.Count] = found.Count;

        splits = [.. found];
        weighted = [.. ordered];
        wideLeaves = Wide && trees.All(t => t.Leaves.Length <= WideLanes) ? WideLeaves(trees.Count) : null;
        across = wideLeaves is not null && featureCount <= 3 * WideLanes ? TreesAcross.For(treeStarts, splits, Stride) : null;
    }

    /// <summary>The layout of these trees, or null where it cannot be used: no vector hardware, or a tree with more leaves than an int has bits.</summary>
    public static LeafMasks? For(float bias, IReadOnlyList<TreeEnsemble.Tree> trees, int featureCount) =>
        Vector256.IsHardwareAccelerated && trees.All(t => t.Leaves.Length <= 32) ? new LeafMasks(bias, trees, featureCount) : null;

    /// <summary>
    /// Every input's score into <paramref name="scores"/>: the bias plus each tree's weighted leaf, added in tree order,
    /// so equal to the bit to walking the trees. Inputs must hold every feature read (the caller checks).
    /// </summary>
    public void Score(ReadOnlySpan<float[]> inputs, Span<float> scores)
    {
        var trees = leafStarts.Length;
        var (features, remaining) = Scratch(trees);
        for (var start = 0; start < inputs.Length;)
        {
            // Up to thirty-two at once when more than sixteen are left (a question's 24 passages, its 20-odd sentences):
            // one visit of the splits for both halves, where a sixteen-input pass and then an eight-input one visited
            // every split twice — the visits, not the lanes, were most of a pass's cost.
            if (wideLeaves is not null && inputs.Length - start > WideLanes)
            {
                var both = Math.Min(2 * WideLanes, inputs.Length - start);
                Transpose(inputs.Slice(start, WideLanes), features, WideLanes);
                Transpose(inputs.Slice(start + WideLanes, both - WideLanes), features.AsSpan(featureCount * Stride), WideLanes);
                ScoreDouble(features, scores.Slice(start, both));
                start += both;
                continue;
            }

            // Sixteen at once when more than eight are left: on hardware that splits a 512-bit operation in two halves,
            // a wide pass still costs less than two narrow ones (the splits are read once), but more than one narrow one.
            if (wideLeaves is not null && inputs.Length - start > Lanes)
            {
                var wide = Math.Min(WideLanes, inputs.Length - start);
                Transpose(inputs.Slice(start, wide), features, WideLanes);
                ScoreWide(features, scores.Slice(start, wide));
                start += wide;
                continue;
            }

            var lanes = Math.Min(Lanes, inputs.Length - start);
            Transpose(inputs.Slice(start, lanes), features, Lanes);
            // Unchecked: Split.Feature is a feature's row of the turned inputs, each read by the model and so present.
            ref var values = ref MemoryMarshal.GetArrayDataReference(features);
            ref var split = ref MemoryMarshal.GetArrayDataReference(splits);
            ref var left = ref MemoryMarshal.GetArrayDataReference(remaining);
            for (var t = 0; t < trees; t++)
            {
                var row = Vector256<int>.AllBitsSet;
                for (var s = treeStarts[t]; s < treeStarts[t + 1]; s++)
                {
                    // All ones where the test holds (the walk goes left: nothing cleared), the split's keep bits where it fails.
                    ref readonly var at = ref Unsafe.Add(ref split, s);
                    var holds = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref Unsafe.Add(ref values, at.Feature)), Vector256.Create(at.Threshold));
                    row &= holds.AsInt32() | Vector256.Create(at.Keep);
                }

                row.StoreUnsafe(ref Unsafe.Add(ref left, t * Lanes));
            }

            Sum(trees, ref left, scores.Slice(start, lanes));
            start += lanes;
        }
    }

    /// <summary>
    /// One input's score, the same leaves added in the same order: each tree's bits kept in a register while its splits
    /// clear them, one comparison a split and no walk. A single input (the answerability model's, once an answer) read
    /// the trees' nodes as chains of dependent loads from memory no other question had warmed; this reads them in order.
    /// </summary>
    public float Score(ReadOnlySpan<float> input)
    {
        if (across is not null)
        {
            return across.Score(input, featureCount, bias, weighted, leafStarts);
        }

        ref var split = ref MemoryMarshal.GetArrayDataReference(splits);
        ref var leaf = ref MemoryMarshal.GetArrayDataReference(weighted);
        ref var value = ref MemoryMarshal.GetReference(input);
        var sum = bias;
        for (var t = 0; t < leafStarts.Length; t++)
        {
            var row = -1;
            for (var s = treeStarts[t]; s < treeStarts[t + 1]; s++)
            {
                // Unchecked: a split's feature is one the model reads, and the caller checked the input holds it.
                ref readonly var at = ref Unsafe.Add(ref split, s);
                // All ones where the test holds, the keep bits where it fails (NaN fails), without a branch to mispredict.
                var holds = Unsafe.Add(ref value, (int)((uint)at.Feature / Stride)) <= at.Threshold ? 1 : 0;
                row &= at.Keep | -holds;
            }

            sum += Unsafe.Add(ref leaf, leafStarts[t] + BitOperations.TrailingZeroCount(row));
        }

        return sum;
    }

    /// <summary>
    /// Each lane's bias plus its trees' weighted leaves, tree by tree in order (the lowest bit left in a tree's row is
    /// its leaf), kept in eight registers rather than read and written back for every tree; lanes past the inputs are
    /// summed too and dropped.
    /// </summary>
    private void Sum(int trees, ref int left, Span<float> sums)
    {
        ref var leaf = ref MemoryMarshal.GetArrayDataReference(weighted);
        float a = bias, b = bias, c = bias, d = bias, e = bias, f = bias, g = bias, h = bias;
        for (var t = 0; t < trees; t++)
        {
            ref var first = ref Unsafe.Add(ref leaf, leafStarts[t]);
            ref var row = ref Unsafe.Add(ref left, t * Lanes);
            a += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(row));
            b += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 1)));
            c += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 2)));
            d += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 3)));
            e += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 4)));
            f += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 5)));
            g += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 6)));
            h += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(Unsafe.Add(ref row, 7)));
        }

        Span<float> all = [a, b, c, d, e, f, g, h];
        all[..sums.Length].CopyTo(sums);
    }

    /// <summary>The inputs turned on their side, a row of <see cref="Stride"/> a feature; lanes up to <paramref name="width"/> without an input compare zeros (their leaves are never read).</summary>
    private void Transpose(ReadOnlySpan<float[]> inputs, Span<float> features, int width)
    {
        if (inputs.Length < width)
        {
            features[..(featureCount * Stride)].Clear();
        }

        for (var lane = 0; lane < inputs.Length; lane++)
        {
            var input = inputs[lane];
            for (var f = 0; f < featureCount; f++)
            {
                features[(f * Stride) + lane] = input[f];
            }
        }
    }

    private (float[] Features, int[] Remaining) Scratch(int trees)
    {
        var (features, remaining) = scratch ?? ([], []);
        // Two blocks of turned inputs: the thirty-two-input pass reads its second sixteen from the second.
        if (features.Length < 2 * featureCount * Stride || remaining.Length < trees * Lanes)
        {
            features = new float[Math.Max(features.Length, 2 * featureCount * Stride)];
            remaining = new int[Math.Max(remaining.Length, trees * Lanes)];
            scratch = (features, remaining);
        }

        return (features, remaining);
    }

    /// <summary>A split: its threshold, the bits a failing test keeps (all but those of the leaves under its left child), and its feature's row.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Split(float Threshold, int Keep, int Feature);

    /// <summary>The left-to-right ranks of the leaves under split <paramref name="node"/>'s left child, as [first, end).</summary>
    private static (int First, int End) LeftRange(TreeEnsemble.Tree tree, int node, int[] rank)
    {
        var (first, end) = (int.MaxValue, int.MinValue);
        var pending = new Stack<int>([tree.Left[node]]);
        while (pending.TryPop(out var child))
        {
            if (child < 0)
            {
                (first, end) = (Math.Min(first, rank[~child]), Math.Max(end, rank[~child] + 1));
                continue;
            }

            pending.Push(tree.Left[child]);
            pending.Push(tree.Right[child]);
        }

        return (first, end);
    }
}
