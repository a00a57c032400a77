using System.IO.Hashing;
using K4os.Compression.LZ4;

namespace ChatBot.Core.Corpus;

/// <summary>
/// Packs texts one after another into a <see cref="PackedText"/>, compressing each block as it fills, with the checksum of
/// every byte placed (so a snapshot need not decode what it has just encoded).
/// </summary>
internal sealed class PackedTextBuilder(int blockBytes = PackedText.DefaultBlockBytes)
{

    /// <summary>
    /// Decoded bytes a packed text may hold (offsets stay far from int's end); a writer starts another one past it.
    /// </summary>
    public const int MaxLength = 1 << 30;

    private readonly byte[] block = new byte[blockBytes];
    private readonly List<int> ends = [];
    private byte[] data = new byte[Math.Max(LZ4Codec.MaximumOutputSize(blockBytes), 1 << 16)];
    private int written;
    private int filled;
    private int length;
    private readonly XxHash3 hash = new();

    /// <summary>Decoded bytes placed so far.</summary>
    public int Length => length;

    /// <summary>Whether <paramref name="bytes"/> more (and their alignment) still fit under <see cref="MaxLength"/>.</summary>
    public bool Fits(int bytes) => (long)length + bytes + blockBytes <= MaxLength;

    /// <summary>
    /// Places the text's bytes and returns where they start. A text that fits in a block but not in what is left of the
    /// current one starts the next block (the zeros before it compress to a few bytes), so reading it decodes one block;
    /// UTF-16 text starts at an even byte, so no character straddles two blocks.
    /// </summary>
    public int Add(ReadOnlySpan<byte> bytes, int charSize)
    {
        if (charSize == 2 && (length & 1) != 0)
        {
            Pad(1);
        }

        if (bytes.Length <= blockBytes && filled + bytes.Length > blockBytes)
        {
            Pad(blockBytes - filled);
        }

        if ((long)length + bytes.Length > int.MaxValue - blockBytes)
        {
            throw new InvalidOperationException("a text too large to pack (over a gigabyte)");
        }

        var start = length;
        while (!bytes.IsEmpty)
        {
            var count = Math.Min(bytes.Length, blockBytes - filled);
            bytes[..count].CopyTo(block.AsSpan(filled));
            Advance(count);
            bytes = bytes[count..];
        }

        return start;
    }

    /// <summary>What was placed, compressed (its last block flushed); null when nothing was.</summary>
    public PackedText? Build(out ulong checksum)
    {
        if (filled > 0)
        {
            Flush();
        }

        checksum = hash.GetCurrentHashAsUInt64();
        return length == 0 ? null : new PackedText(blockBytes, length, [.. ends], data[..written]);
    }

    private void Pad(int count)
    {
        block.AsSpan(filled, count).Clear();
        Advance(count);
    }

    private void Advance(int count)
    {
        filled += count;
        length += count;
        if (filled == blockBytes)
        {
            Flush();
        }
    }

    private void Flush()
    {
        var needed = written + LZ4Codec.MaximumOutputSize(filled);
        if (needed > data.Length)
        {
            Array.Resize(ref data, Math.Max(needed, data.Length * 2));
        }

        hash.Append(block.AsSpan(0, filled));
        written += LZ4Codec.Encode(block.AsSpan(0, filled), data.AsSpan(written), LZ4Level.L00_FAST);
        ends.Add(written);
        filled = 0;
    }
}
