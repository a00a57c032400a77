namespace ChatBot.Core.Search;

/// <summary>Per query concept, the word positions where it occurs in one passage and how well each match stands for it; reused buffers.</summary>
internal sealed class ConceptPositions
{
    private int[][] positions = [];
    private float[][] qualities = [];
    private int[] counts = [];

    /// <summary>Bit per concept whose positions came in out of order since <see cref="Clear"/> (the first 64 concepts).</summary>
    private ulong unsorted;

    public void Reset(int concepts)
    {
        if (positions.Length < concepts)
        {
            positions = [.. Enumerable.Range(0, concepts).Select(_ => new int[16])];
            qualities = [.. Enumerable.Range(0, concepts).Select(_ => new float[16])];
            counts = new int[concepts];
        }

        Clear();
    }

    public void Clear()
    {
        Array.Clear(counts);
        unsorted = 0;
    }

    /// <summary>Whether the concept's positions are in ascending order (what <see cref="ClosestOccurrence"/> checks before merging).</summary>
    public bool IsSorted(int concept) => concept < 64 ? (unsorted & (1UL << concept)) == 0 : ClosestOccurrence.IsSorted(Positions(concept));

    public int Count(int concept) => counts[concept];

    public ReadOnlySpan<int> Positions(int concept) => positions[concept].AsSpan(0, counts[concept]);

    public ReadOnlySpan<float> Qualities(int concept) => qualities[concept].AsSpan(0, counts[concept]);

    public void Add(int concept, int position, float quality)
    {
        var n = counts[concept];
        if (n == positions[concept].Length)
        {
            Array.Resize(ref positions[concept], n * 2);
            Array.Resize(ref qualities[concept], n * 2);
        }

        if (n > 0 && position < positions[concept][n - 1] && concept < 64)
        {
            unsorted |= 1UL << concept;
        }

        positions[concept][n] = position;
        qualities[concept][n] = quality;
        counts[concept] = n + 1;
    }
}
