using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChatBot.Core.Ranking;

// Sixteen inputs at once in a 512-bit vector (thirty-two in two), each lane's leaf picked by a permute rather than added
// lane by lane.
internal sealed partial class LeafMasks
{
    /// <summary>
    /// Whether sixteen inputs go through 512-bit vectors: the hardware has them fast, and the lowest bit of each lane is
    /// found by counting leading zeros (AVX-512 CD), the leaf picked by a permute (AVX-512 F).
    /// </summary>
    private static bool Wide => Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512CD.IsSupported;

    private float[] WideLeaves(int trees)
    {
        var padded = new float[trees * WideLanes];
        for (var t = 0; t < trees; t++)
        {
            var end = t + 1 < trees ? leafStarts[t + 1] : weighted.Length;
            weighted.AsSpan(leafStarts[t], end - leafStarts[t]).CopyTo(padded.AsSpan(t * WideLanes));
        }

        return padded;
    }

    /// <summary>
    /// Up to sixteen turned inputs scored in 512-bit vectors: each tree's bits cleared as in the narrow pass, then each
    /// lane's leaf (the lowest bit left: 31 minus the leading zeros of that bit alone) picked from the tree's leaves by a
    /// permute and added to the lane's sum, tree by tree in order — the additions each input's own sum makes, in order.
    /// </summary>
    private void ScoreWide(float[] features, Span<float> sums)
    {
        ref var values = ref MemoryMarshal.GetArrayDataReference(features);
        ref var split = ref MemoryMarshal.GetArrayDataReference(splits);
        ref var leaves = ref MemoryMarshal.GetArrayDataReference(wideLeaves!);
        var sum = Vector512.Create(bias);
        var highest = Vector512.Create(31u);
        for (var t = 0; t < leafStarts.Length; t++)
        {
            var row = Vector512<int>.AllBitsSet;
            for (var s = treeStarts[t]; s < treeStarts[t + 1]; s++)
            {
                ref readonly var at = ref Unsafe.Add(ref split, s);
                var holds = Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref Unsafe.Add(ref values, at.Feature)), Vector512.Create(at.Threshold));
                row &= holds.AsInt32() | Vector512.Create(at.Keep);
            }

            // A row is never empty (the walk's own leaf is never cleared), so its lowest bit is one of the tree's leaves.
            var lowest = (row & -row).AsUInt32();
            var leaf = (highest - Avx512CD.LeadingZeroCount(lowest)).AsInt32();
            sum += Avx512F.PermuteVar16x32(Vector512.LoadUnsafe(ref Unsafe.Add(ref leaves, t * WideLanes)), leaf);
        }

        Span<float> all = stackalloc float[WideLanes];
        sum.CopyTo(all);
        all[..sums.Length].CopyTo(sums);
    }

    /// <summary>
    /// Seventeen to thirty-two turned inputs in two blocks (the second sixteen from <see cref="featureCount"/> rows on),
    /// each tree's splits visited once for both: the same bits cleared and the same leaves added, in tree order, as
    /// <see cref="ScoreWide"/> gives each block alone.
    /// </summary>
    private void ScoreDouble(float[] features, Span<float> sums)
    {
        ref var values = ref MemoryMarshal.GetArrayDataReference(features);
        ref var second = ref Unsafe.Add(ref values, featureCount * Stride);
        ref var split = ref MemoryMarshal.GetArrayDataReference(splits);
        ref var leaves = ref MemoryMarshal.GetArrayDataReference(wideLeaves!);
        var (low, high) = (Vector512.Create(bias), Vector512.Create(bias));
        var highest = Vector512.Create(31u);
        for (var t = 0; t < leafStarts.Length; t++)
        {
            var (lowRow, highRow) = (Vector512<int>.AllBitsSet, Vector512<int>.AllBitsSet);
            for (var s = treeStarts[t]; s < treeStarts[t + 1]; s++)
            {
                ref readonly var at = ref Unsafe.Add(ref split, s);
                var (threshold, keep) = (Vector512.Create(at.Threshold), Vector512.Create(at.Keep));
                lowRow &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref Unsafe.Add(ref values, at.Feature)), threshold).AsInt32() | keep;
                highRow &= Vector512.LessThanOrEqual(Vector512.LoadUnsafe(ref Unsafe.Add(ref second, at.Feature)), threshold).AsInt32() | keep;
            }

            var tree = Vector512.LoadUnsafe(ref Unsafe.Add(ref leaves, t * WideLanes));
            low += Avx512F.PermuteVar16x32(tree, (highest - Avx512CD.LeadingZeroCount((lowRow & -lowRow).AsUInt32())).AsInt32());
            high += Avx512F.PermuteVar16x32(tree, (highest - Avx512CD.LeadingZeroCount((highRow & -highRow).AsUInt32())).AsInt32());
        }

        Span<float> all = stackalloc float[2 * WideLanes];
        low.CopyTo(all);
        high.CopyTo(all[WideLanes..]);
        all[..sums.Length].CopyTo(sums);
    }
}
