using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ChatBot.Core.Search;

/// <summary>
/// A position in one concept's postings (passages ascending). The score of a posting is
/// <see cref="Factor"/> × weight, the same product the exhaustive path computes, so both agree to the bit.
/// </summary>
internal struct PostingCursor
{
    public int[] Passages;

    /// <summary>The postings' weights as floats (merged postings' scores, or an index whose weights are not coded); unused when <see cref="Codes"/> is set.</summary>
    public float[] Weights;

    /// <summary>The postings' weights as codes into <see cref="Table"/> (an index whose weights are coded); null when they are <see cref="Weights"/>.</summary>
    public ushort[]? Codes;

    /// <summary>The table <see cref="Codes"/> name; null when they are null.</summary>
    public float[]? Table;
    public float Factor;
    public int Position;
    public int End;
    public int Concept;
    public float UpperBound;

    // The block that BlockBound last found (positions only move forward, so it holds while Position is below its end;
    // 0 when none: a new cursor's Position is never below it).
    private int blockEnd;
    private int blockLastPassage;
    private float blockBound;

    /// <summary>Per block of postings, its best score, for merged postings (whose blocks are not the index's).</summary>
    public float[]? MergedBlockMaxima;

    public readonly int Passage => Position < End ? Passages[Position] : int.MaxValue;

    public readonly float Score => Codes is null ? Factor * Weights[Position] : Factor * Table![Codes[Position]];

    /// <summary>The best score in the block of postings at <see cref="Position"/>.</summary>
    public readonly float BlockMax(Indexing.InvertedIndex index) =>
        MergedBlockMaxima is null ? Factor * index.BlockMaxWeight(Position) : MergedBlockMaxima[Position >> Indexing.InvertedIndex.BlockShift];

    /// <summary>
    /// The most this concept can add to <paramref name="target"/>, from the maximum of the block of postings that could
    /// hold it (Block-Max MaxScore): skips whole blocks that end before the target without looking inside them.
    /// </summary>
    public float BlockBound(Indexing.InvertedIndex index, int target)
    {
        if (Position < blockEnd && target <= blockLastPassage)
        {
            return blockBound;
        }

        while (Position < End)
        {
            var last = Math.Min(End, ((Position >> Indexing.InvertedIndex.BlockShift) + 1) << Indexing.InvertedIndex.BlockShift) - 1;
            if (Passages[last] >= target)
            {
                (blockEnd, blockLastPassage, blockBound) = (last + 1, Passages[last], MathF.Min(UpperBound, BlockMax(index)));
                return blockBound;
            }

            Position = last + 1;
        }

        return 0f;
    }

    /// <summary>
    /// Moves to the first posting at or after <paramref name="target"/>: the next eight compared at once, then
    /// galloping and binary search.
    /// </summary>
    public void AdvanceTo(int target)
    {
        if (Position >= End || Passages[Position] >= target)
        {
            return;
        }

        // A frequent non-essential list probed at a rarer list's passages is mostly a few postings short of the target:
        // counting the passages below it among the next eight takes no branch per step, where galloping mispredicts.
        if (Vector256.IsHardwareAccelerated && Position + Vector256<int>.Count <= Math.Min(End, Passages.Length))
        {
            var below = Vector256.LessThan(Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(Passages), (nuint)Position), Vector256.Create(target));
            var count = BitOperations.PopCount(below.ExtractMostSignificantBits());
            if (count < Vector256<int>.Count)
            {
                Position += count;
                return;
            }

            Position += Vector256<int>.Count - 1;
        }

        var low = Position;
        var step = 1;
        var high = Position + 1;
        while (high < End && Passages[high] < target)
        {
            low = high;
            step <<= 1;
            high = low + step;
        }

        high = Math.Min(high, End);
        var first = low + 1;
        while (first < high)
        {
            var middle = (int)((uint)(first + high) >> 1);
            if (Passages[middle] < target)
            {
                first = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        Position = first;
    }
}
