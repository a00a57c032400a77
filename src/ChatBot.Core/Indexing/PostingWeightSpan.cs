namespace ChatBot.Core.Indexing;

/// <summary>
/// A run of posting weights (one term's postings): codes into the index's table of distinct weights, or the floats
/// themselves when the index keeps them uncoded (<see cref="PostingWeights"/>). A loop over a whole run should branch
/// once on <see cref="IsCoded"/> and read <see cref="Codes"/> and <see cref="Table"/> (or <see cref="Floats"/>) itself.
/// </summary>
internal readonly ref struct PostingWeightSpan
{
    internal PostingWeightSpan(ReadOnlySpan<ushort> codes, ReadOnlySpan<float> table)
    {
        Codes = codes;
        Table = table;
        IsCoded = true;
        Length = codes.Length;
    }

    internal PostingWeightSpan(ReadOnlySpan<float> floats)
    {
        Floats = floats;
        Length = floats.Length;
    }

    public int Length { get; }

    public bool IsCoded { get; }

    /// <summary>Each posting's code into <see cref="Table"/> (empty when not coded).</summary>
    public ReadOnlySpan<ushort> Codes { get; }

    /// <summary>The index's distinct weights (empty when not coded).</summary>
    public ReadOnlySpan<float> Table { get; }

    /// <summary>Each posting's weight (empty when coded).</summary>
    public ReadOnlySpan<float> Floats { get; }

    public float this[int index] => IsCoded ? Table[Codes[index]] : Floats[index];

    public float[] ToArray()
    {
        var values = new float[Length];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = this[k];
        }

        return values;
    }
}
