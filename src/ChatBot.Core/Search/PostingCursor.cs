namespace ChatBot.Core.Search;

/// <summary>
/// A position in one concept's postings (passages ascending). The score of a posting is
/// <see cref="Factor"/> × weight, the same product the exhaustive path computes, so both agree to the bit.
/// </summary>
internal struct PostingCursor
{
    public int[] Passages;
    public float[] Weights;
    public float Factor;
    public int Position;
    public int End;
    public int Concept;
    public float UpperBound;

    public readonly int Passage => Position < End ? Passages[Position] : int.MaxValue;

    public readonly float Score => Factor * Weights[Position];

    /// <summary>Moves to the first posting at or after <paramref name="target"/>: galloping, then binary search.</summary>
    public void AdvanceTo(int target)
    {
        if (Position >= End || Passages[Position] >= target)
        {
            return;
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
