using System.Buffers;
using System.IO.Hashing;
using K4os.Compression.LZ4;

namespace ChatBot.Core.Corpus;

/// <summary>
/// The text of many articles, one after another, compressed with LZ4 in blocks of <see cref="BlockBytes"/> decoded bytes,
/// each decoded on its own (a <see cref="CompactText"/> is a run of these bytes). Several articles share a block, as
/// Lucene's stored fields share a chunk: a 1.4 KB abstract compressed alone held 1.36× less than its characters, the
/// same abstracts packed together ~2×. A question reads a few sentences of each article it cites, so decoding the block
/// that holds them (a few microseconds) is what a read costs, never the whole text. Texts are Latin-1 bytes (one a
/// character) or UTF-16 (two, starting at an even byte, so no character is cut by a block's end).
/// </summary>
/// <remarks>
/// LZ4 rather than a stronger codec: Brotli held SciFact's text in ~60% of LZ4's bytes but decoded a block 5–10×
/// slower, and decoding is what a question pays. The fast level rather than HC: HC saved ~9% more at 120k but took
/// ~5× as long to write.
/// </remarks>
internal sealed class PackedText
{
    /// <summary>
    /// The block size snapshots are written with, Lucene's chunk size too. SciFact's text held 5.45 MB in 8 KB blocks,
    /// 5.23 in 16 KB, 5.03 in 32 KB (6.10 compressed article by article); the ask's thread CPU did not tell them apart at
    /// load ~30, and a miss decodes twice as much at each step up.
    /// </summary>
    public const int DefaultBlockBytes = 16384;

    /// <summary>Smallest and largest block sizes a snapshot may name (powers of two; a way of the decoded-block cache holds one).</summary>
    public const int MinBlockBytes = 1024;
    public const int MaxBlockBytes = 65536;

    private static long lastId;

    private readonly byte[] data;
    private readonly int[] ends;

    internal PackedText(int blockBytes, int length, int[] ends, byte[] data)
    {
        BlockBytes = blockBytes;
        Length = length;
        this.ends = ends;
        this.data = data;
    }

    /// <summary>
    /// Names this packed text in the shared caches (unique in the process, from 1), which must not hold the text itself:
    /// it is every article's, and a dropped index's would stay in memory.
    /// </summary>
    public long Id { get; } = Interlocked.Increment(ref lastId);

    /// <summary>Decoded bytes a block (the last block may be shorter).</summary>
    public int BlockBytes { get; }

    /// <summary>Decoded bytes in all.</summary>
    public int Length { get; }

    public int BlockCount => ends.Length;

    /// <summary>The compressed blocks, one after another (the snapshot writes them as they are).</summary>
    public ReadOnlySpan<byte> Data => data;

    /// <summary>Where each block ends in <see cref="Data"/>.</summary>
    public ReadOnlySpan<int> Ends => ends;

    /// <summary>
    /// Blocks as a snapshot keeps them, each decoded once now (into a scratch block) and checked against the checksum of
    /// the bytes they were made from, so damaged data fails the load rather than a quote: LZ4 blocks carry no checksum of
    /// their own, and a flipped literal or match offset still decodes to the right length with characters wrong.
    /// </summary>
    public static PackedText Read(int blockBytes, int length, int[] ends, byte[] data, ulong checksum)
    {
        var blocks = ((long)length + blockBytes - 1) / Math.Max(blockBytes, 1);
        if (blockBytes is < MinBlockBytes or > MaxBlockBytes || !int.IsPow2(blockBytes) || length <= 0 || ends.Length != blocks
            || ends[^1] != data.Length || !IsAscending(ends))
        {
            throw new InvalidDataException("snapshot article text is malformed");
        }

        var packed = new PackedText(blockBytes, length, ends, data);
        if (packed.Checksum() != checksum)
        {
            throw new InvalidDataException("snapshot article text is damaged (its checksum does not match)");
        }

        return packed;
    }

    /// <summary>The XxHash3 of the decoded bytes, every block decoded (a damaged one throws).</summary>
    public ulong Checksum()
    {
        var scratch = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            var hash = new XxHash3();
            for (var b = 0; b < BlockCount; b++)
            {
                var block = scratch.AsSpan(0, BlockLength(b));
                Decode(b, block);
                hash.Append(block);
            }

            return hash.GetCurrentHashAsUInt64();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Decoded bytes of the block <paramref name="block"/> holds (the last block may be short).</summary>
    public int BlockLength(int block) => Math.Min(BlockBytes, Length - (block * BlockBytes));

    /// <summary>Decodes the block into <paramref name="target"/> (at least <see cref="BlockLength"/> long).</summary>
    public void Decode(int block, Span<byte> target)
    {
        var start = block == 0 ? 0 : ends[block - 1];
        var length = BlockLength(block);
        if (LZ4Codec.Decode(data.AsSpan(start, ends[block] - start), target[..length]) != length)
        {
            throw new InvalidDataException("article text is damaged (a compressed block does not decode)");
        }
    }

    /// <summary>
    /// Decodes the bytes [start, start + target.Length) into <paramref name="target"/>: blocks it covers whole straight
    /// into it, the ends through a rented block (what reads a whole text; it leaves the shared cache alone).
    /// </summary>
    public void DecodeRange(int start, Span<byte> target)
    {
        byte[]? scratch = null;
        try
        {
            while (!target.IsEmpty)
            {
                var (block, offset) = Math.DivRem(start, BlockBytes);
                var length = BlockLength(block);
                var count = Math.Min(target.Length, length - offset);
                if (offset == 0 && count == length)
                {
                    Decode(block, target);
                }
                else
                {
                    scratch ??= ArrayPool<byte>.Shared.Rent(BlockBytes);
                    Decode(block, scratch);
                    scratch.AsSpan(offset, count).CopyTo(target);
                }

                start += count;
                target = target[count..];
            }
        }
        finally
        {
            if (scratch is not null)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
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
