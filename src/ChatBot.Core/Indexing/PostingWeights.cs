using System.Runtime.InteropServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Every posting's weight (<see cref="PostingsLayout"/>'s BM25F pseudo frequency, without idf), kept as a two-byte code
/// into a table of the distinct weights when there are at most 65,536 of them, else as the floats themselves. A weight
/// depends only on a passage's field counts and field lengths, so a corpus has few distinct ones (SQuAD 1,373, SciFact
/// 9,577, the 120k synthetic corpus 2,343 for 6.2 M postings): the codes take half the floats' memory, and the table
/// holds the very floats, so a weight read through it is the same to the bit.
/// </summary>
internal sealed class PostingWeights
{
    /// <summary>Distinct weights a table may hold: as many as a two-byte code names.</summary>
    public const int MaxTable = ushort.MaxValue + 1;

    private readonly ushort[] codes = [];
    private readonly float[] floats = [];

    private PostingWeights(ushort[] codes, float[] table) => (this.codes, Table, IsCoded, Length) = (codes, table, true, codes.Length);

    private PostingWeights(float[] floats) => (this.floats, Table, Length) = (floats, [], floats.Length);

    /// <summary>True when the weights are codes into <see cref="Table"/>; false when they are kept as floats.</summary>
    public bool IsCoded { get; }

    /// <summary>
    /// The distinct weights, ascending by their bits as signed integers: by value, except that a −0 (the snapshot check
    /// lets one through) comes first; no reader relies on the order. Empty when not coded.
    /// </summary>
    public float[] Table { get; }

    public int Length { get; }

    public float this[int index] => IsCoded ? Table[codes[index]] : floats[index];

    /// <summary>
    /// Every distinct weight at least once (the table, or the floats when not coded): what a minimum or a check over
    /// all weights needs to read.
    /// </summary>
    public ReadOnlySpan<float> Distinct => IsCoded ? Table : floats;

    /// <summary>The weights coded when their distinct values fit a table, else kept as they are.</summary>
    public static PostingWeights Of(float[] weights) =>
        WeightCoder.TryCode(weights, MaxTable) is var (codes, table) ? new PostingWeights(codes, table) : new PostingWeights(weights);

    /// <summary>Kept as floats whatever their number of distinct values (for the tests of the uncoded path).</summary>
    internal static PostingWeights Uncoded(float[] weights) => new(weights);

    public PostingWeightSpan Slice(int start, int length) =>
        IsCoded ? new PostingWeightSpan(codes.AsSpan(start, length), Table) : new PostingWeightSpan(floats.AsSpan(start, length));

    /// <summary>The codes (empty when not coded), for readers that hold the array rather than a span (posting cursors).</summary>
    internal ushort[] Codes => codes;

    /// <summary>The floats (empty when coded), for readers that hold the array rather than a span (posting cursors).</summary>
    internal float[] Floats => floats;

    public float[] ToArray() => Slice(0, Length).ToArray();

    /// <summary>
    /// As the index holds them (format 10): a flag, then the table and the codes when coded, else the floats; each array a
    /// count and its bytes in one block, so a load reads them straight into the arrays it keeps, with nothing to code.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(IsCoded);
        if (IsCoded)
        {
            writer.Write(Table);
            writer.Write(codes);
            return;
        }

        writer.Write(floats);
    }

    /// <summary>
    /// What <see cref="Write"/> wrote, as it was written: unchecked here (<see cref="SnapshotArraysCheck"/> checks the
    /// values, the codes' range and the table against the codes' use before the index is used).
    /// </summary>
    public static PostingWeights Read(SnapshotReader reader)
    {
        var coded = reader.Byte();
        if (coded > 1)
        {
            throw new InvalidDataException("snapshot index arrays are malformed");
        }

        var stored = reader.Floats();
        return coded == 0 ? new PostingWeights(stored) : new PostingWeights(reader.UInt16s(), stored);
    }

    /// <summary>As floats, a slice at a time: the layout formats 6 and 8 stored (written only for the tests that read them back).</summary>
    public void WriteFloats(BinaryWriter writer)
    {
        writer.Write(Length);
        if (!IsCoded)
        {
            writer.Write(MemoryMarshal.AsBytes(floats.AsSpan()));
            return;
        }

        Span<float> slice = stackalloc float[1024];
        for (var start = 0; start < Length; start += slice.Length)
        {
            var part = slice[..Math.Min(slice.Length, Length - start)];
            for (var k = 0; k < part.Length; k++)
            {
                part[k] = Table[codes[start + k]];
            }

            writer.Write(MemoryMarshal.AsBytes(part));
        }
    }
}
