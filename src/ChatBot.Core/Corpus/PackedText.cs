using K4os.Compression.LZ4;

namespace ChatBot.Core.Corpus;

/// <summary>
/// An article's text compressed with LZ4 in blocks of <see cref="BlockBytes"/>, each decoded on its own: a question
/// reads a few sentences of each article it cites, so decoding the block that holds them (a few microseconds) is what
/// a read costs, never the whole text. The characters are Latin-1 bytes (one a character) or UTF-16 (two).
/// </summary>
/// <remarks>
/// LZ4 rather than a stronger codec: Brotli held SciFact's text in ~60% of LZ4's bytes but decoded a block 5–10×
/// slower, and decoding is what a question pays. The fast level rather than HC: HC saved ~9% more at 120k but took
/// ~5× as long to write.
/// </remarks>
internal sealed class PackedText
{
    /// <summary>A block's decoded size: 8 KB held ~1.7× less at 120k (4 KB only ~1.5×) and decodes in a few microseconds.</summary>
    public const int BlockBytes = 8192;

    private readonly byte[] data;

    // Where each block ends in data; null for a text of one block (most articles), which ends where data does.
    private readonly int[]? ends;

    private PackedText(byte[] data, int[]? ends, int length, int charSize)
    {
        this.data = data;
        this.ends = ends;
        Length = length;
        CharSize = charSize;
    }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>Bytes a character: 1 (Latin-1) or 2 (UTF-16).</summary>
    public int CharSize { get; }

    public int BlockChars => BlockBytes / CharSize;

    public int BlockCount => ends?.Length ?? 1;

    /// <summary>The compressed blocks, one after another (the snapshot writes them as they are).</summary>
    public ReadOnlySpan<byte> Data => data;

    /// <summary>Where each block ends in <see cref="Data"/>.</summary>
    public int[] Ends => ends ?? [data.Length];

    /// <summary>The bytes compressed, or null when compressing would not make them smaller.</summary>
    public static PackedText? Of(ReadOnlySpan<byte> bytes, int charSize)
    {
        var blocks = (bytes.Length + BlockBytes - 1) / BlockBytes;
        if (blocks == 0)
        {
            return null;
        }

        var target = new byte[LZ4Codec.MaximumOutputSize(bytes.Length) + blocks];
        var ends = new int[blocks];
        var written = 0;
        for (var b = 0; b < blocks; b++)
        {
            var block = bytes.Slice(b * BlockBytes, Math.Min(BlockBytes, bytes.Length - (b * BlockBytes)));
            written += LZ4Codec.Encode(block, target.AsSpan(written), LZ4Level.L00_FAST);
            ends[b] = written;
        }

        return written >= bytes.Length ? null : new PackedText(target[..written], blocks == 1 ? null : ends, bytes.Length / charSize, charSize);
    }

    /// <summary>
    /// Blocks as a snapshot keeps them, each decoded once now (into a scratch block, ~40 ms for 66 MB at 120k) and checked
    /// against the checksum of the text they were made from, so damaged data fails the load rather than a quote: LZ4
    /// blocks carry no checksum of their own, and a flipped literal or match offset still decodes to the right length
    /// with hundreds of characters wrong. <paramref name="checksum"/> null (a file without one) checks only that each
    /// block decodes.
    /// </summary>
    public static PackedText Read(int length, int charSize, int[] ends, byte[] data, ulong? checksum)
    {
        var blocks = ((length * (long)charSize) + BlockBytes - 1) / BlockBytes;
        if (charSize is not (1 or 2) || length <= 0 || ends.Length != blocks || ends[^1] != data.Length || !IsAscending(ends))
        {
            throw new InvalidDataException("snapshot article text is malformed");
        }

        var packed = new PackedText(data, ends.Length == 1 ? null : ends, length, charSize);
        var found = packed.Checksum();
        if (checksum is { } expected && found != expected)
        {
            throw new InvalidDataException("snapshot article text is damaged (its checksum does not match)");
        }

        return packed;
    }

    /// <summary>The <see cref="Indexing.SnapshotChecksum"/> of the decoded bytes, every block decoded (a damaged one throws).</summary>
    public ulong Checksum()
    {
        Span<byte> scratch = stackalloc byte[BlockBytes];
        var hash = Indexing.SnapshotChecksum.Start;
        for (var b = 0; b < BlockCount; b++)
        {
            var block = scratch[..BlockLength(b)];
            Decode(b, block);
            hash = Indexing.SnapshotChecksum.Append(hash, block);
        }

        return Indexing.SnapshotChecksum.Finish(hash, (long)Length * CharSize);
    }

    /// <summary>Decoded bytes of the block <paramref name="block"/> holds (the last block may be short).</summary>
    public int BlockLength(int block) => Math.Min(BlockBytes, (Length * CharSize) - (block * BlockBytes));

    /// <summary>Decodes the block into <paramref name="target"/> (at least <see cref="BlockLength"/> long).</summary>
    public void Decode(int block, Span<byte> target)
    {
        var start = block == 0 ? 0 : ends![block - 1];
        var end = ends?[block] ?? data.Length;
        var length = BlockLength(block);
        if (LZ4Codec.Decode(data.AsSpan(start, end - start), target[..length]) != length)
        {
            throw new InvalidDataException("article text is damaged (a compressed block does not decode)");
        }
    }

    /// <summary>Decodes every block into <paramref name="target"/> (at least Length × CharSize long).</summary>
    public void DecodeAll(Span<byte> target)
    {
        for (var b = 0; b < BlockCount; b++)
        {
            Decode(b, target[(b * BlockBytes)..]);
        }
    }

    private static bool IsAscending(int[] ends)
    {
        for (var i = 0; i < ends.Length; i++)
        {
            if (ends[i] <= (i == 0 ? 0 : ends[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
