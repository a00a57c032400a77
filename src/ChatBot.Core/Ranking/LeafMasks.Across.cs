using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChatBot.Core.Ranking;

// One input at a time, sixteen trees across a vector.
internal sealed partial class LeafMasks
{
    /// <summary>
    /// The splits of a <see cref="LeafMasks"/> laid out for a single input (the answerability model's, once an answer):
    /// sixteen trees side by side in a 512-bit vector, their n-th splits together, so one comparison tests a split of each
    /// of sixteen trees. The input's features (at most 48) sit in three vectors and each lane's is picked by a permute.
    /// A tree with fewer splits is padded with splits that keep every bit. The leaves are then added one tree at a time, in
    /// tree order, as the one-at-a-time loop adds them, so the sum is the same to the bit.
    /// </summary>
    private sealed class TreesAcross
    {
        private const int Lanes = 16;
        private const int MaxStackGroups = 32;

        private readonly int groups;
        private readonly int levels;
        private readonly int[] features;
        private readonly float[] thresholds;
        private readonly int[] keeps;

        private TreesAcross(int groups, int levels, int[] features, float[] thresholds, int[] keeps) =>
            (this.groups, this.levels, this.features, this.thresholds, this.keeps) = (groups, levels, features, thresholds, keeps);

        /// <summary>The layout of these splits (tree t's are <paramref name="splits"/>[starts[t]..starts[t + 1]], features stored times <paramref name="stride"/>).</summary>
        public static TreesAcross For(int[] starts, Split[] splits, int stride)
        {
            var trees = starts.Length - 1;
            var groups = (trees + Lanes - 1) / Lanes;
            var levels = 0;
            for (var t = 0; t < trees; t++)
            {
                levels = Math.Max(levels, starts[t + 1] - starts[t]);
            }

            var size = groups * levels * Lanes;
            var (features, thresholds, keeps) = (new int[size], new float[size], new int[size]);
            keeps.AsSpan().Fill(-1);
            for (var t = 0; t < trees; t++)
            {
                var (group, lane) = (t / Lanes, t % Lanes);
                for (var level = 0; level < starts[t + 1] - starts[t]; level++)
                {
                    var at = (((group * levels) + level) * Lanes) + lane;
                    var (threshold, keep, feature) = splits[starts[t] + level];
                    (features[at], thresholds[at], keeps[at]) = (feature / stride, threshold, keep);
                }
            }

            return new TreesAcross(groups, levels, features, thresholds, keeps);
        }

        public float Score(ReadOnlySpan<float> input, int featureCount, float bias, float[] weighted, int[] leafStarts)
        {
            Span<float> padded = stackalloc float[3 * Lanes];
            padded.Clear();
            input[..featureCount].CopyTo(padded);
            var (low, middle, high) = (Vector512.Create(padded[..Lanes]), Vector512.Create(padded.Slice(Lanes, Lanes)), Vector512.Create(padded[(2 * Lanes)..]));
            // Sixteen numbers a group of trees on the stack (640 bytes for the shipped 150 trees); a model far larger takes an array.
            Span<int> rows = groups <= MaxStackGroups ? stackalloc int[MaxStackGroups * Lanes] : new int[groups * Lanes];
            ref var feature = ref MemoryMarshal.GetArrayDataReference(features);
            ref var threshold = ref MemoryMarshal.GetArrayDataReference(thresholds);
            ref var keep = ref MemoryMarshal.GetArrayDataReference(keeps);
            var past = Vector512.Create((2 * Lanes) - 1);
            for (var group = 0; group < groups; group++)
            {
                var row = Vector512<int>.AllBitsSet;
                for (var level = 0; level < levels; level++)
                {
                    var at = (nuint)(((group * levels) + level) * Lanes);
                    var index = Vector512.LoadUnsafe(ref feature, at);
                    // Features 0-31 from the first two vectors, 32-47 from the third (a permute reads only the index's low bits).
                    var value = Vector512.ConditionalSelect(
                        Vector512.GreaterThan(index, past).AsSingle(),
                        Avx512F.PermuteVar16x32(high, index),
                        Avx512F.PermuteVar16x32x2(low, index, middle));
                    var holds = Vector512.LessThanOrEqual(value, Vector512.LoadUnsafe(ref threshold, at));
                    row &= holds.AsInt32() | Vector512.LoadUnsafe(ref keep, at);
                }

                row.StoreUnsafe(ref MemoryMarshal.GetReference(rows), (nuint)(group * Lanes));
            }

            ref var leaf = ref MemoryMarshal.GetArrayDataReference(weighted);
            var sum = bias;
            for (var t = 0; t < leafStarts.Length; t++)
            {
                sum += Unsafe.Add(ref leaf, leafStarts[t] + BitOperations.TrailingZeroCount(rows[t]));
            }

            return sum;
        }
    }
}
