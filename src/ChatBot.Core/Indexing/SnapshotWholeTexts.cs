using System.Runtime.InteropServices;
using ChatBot.Core.Corpus;
using K4os.Compression.LZ4;

namespace ChatBot.Core.Indexing;

/// <summary>
/// An article's text as formats 6 and 8 kept it, inside its record: format 6 as Latin-1 bytes or UTF-8; format 8 also
/// compressed on its own in 8 KB LZ4 blocks when that was smaller, each text followed by the checksum of its characters.
/// Read back whole (the loader packs them together and saves the file again in the current format); written only so
/// tests can make the files those releases left on disk.
/// </summary>
internal static class SnapshotWholeTexts
{
    // Format 6 wrote only the first two, as a Boolean (true for narrow), so its files read as they are.
    private const byte Wide = 0;
    private const byte Narrow = 1;
    private const byte Packed = 2;

    private const int BlockBytes = 8192;

    public static void Write(BinaryWriter writer, CompactText text, bool checksums)
    {
        var bytes = text.Narrow ?? MemoryMarshal.AsBytes(text.Value.AsSpan()).ToArray();
        var charSize = text.Narrow is null ? 2 : 1;
        if (checksums && Compressed(bytes) is { } packed)
        {
            writer.Write(Packed);
            writer.Write(text.Length);
            writer.Write((byte)charSize);
            writer.Write(packed.Ends);
            writer.Write(packed.Data.Length);
            writer.Write(packed.Data);
            writer.Write(SnapshotChecksum.Of(bytes));
        }
        else if (charSize == 1)
        {
            writer.Write(Narrow);
            writer.Write(bytes.Length);
            writer.Write(bytes);
            WriteChecksum(writer, bytes, checksums);
        }
        else
        {
            writer.Write(Wide);
            writer.Write(text.Value);
            WriteChecksum(writer, bytes, checksums);
        }
    }

    /// <summary>The text held whole (Latin-1 bytes or a string), checked against its checksum when the format has one.</summary>
    public static CompactText Read(SnapshotReader reader, bool checksums)
    {
        switch (reader.Byte())
        {
            case Packed:
                var (length, charSize, ends, data) = (reader.Int32(), reader.Byte(), reader.Ints(), reader.Bytes());
                var bytes = Decompressed(length, charSize, ends, data);
                Check(reader, checksums, bytes);
                return charSize == 1 ? CompactText.OfLatin1(bytes) : CompactText.Of(new string(MemoryMarshal.Cast<byte, char>(bytes)));
            case Narrow:
                var narrow = reader.Bytes();
                Check(reader, checksums, narrow);
                return CompactText.OfLatin1(narrow);
            case Wide:
                var wide = reader.String();
                Check(reader, checksums, MemoryMarshal.AsBytes(wide.AsSpan()));
                return CompactText.Of(wide);
            default:
                throw new InvalidDataException("snapshot article text has an unknown encoding");
        }
    }

    private static void WriteChecksum(BinaryWriter writer, ReadOnlySpan<byte> bytes, bool checksums)
    {
        if (checksums)
        {
            writer.Write(SnapshotChecksum.Of(bytes));
        }
    }

    private static void Check(SnapshotReader reader, bool checksums, ReadOnlySpan<byte> bytes)
    {
        if (checksums && reader.UInt64() != SnapshotChecksum.Of(bytes))
        {
            throw new InvalidDataException("snapshot article text is damaged (its checksum does not match)");
        }
    }

    /// <summary>Format 8's blocks: each 8 KB of the text's bytes compressed on its own; null when that is not smaller.</summary>
    private static (int[] Ends, byte[] Data)? Compressed(byte[] bytes)
    {
        var blocks = (bytes.Length + BlockBytes - 1) / BlockBytes;
        var target = new byte[LZ4Codec.MaximumOutputSize(bytes.Length) + blocks];
        var ends = new int[blocks];
        var written = 0;
        for (var b = 0; b < blocks; b++)
        {
            written += LZ4Codec.Encode(bytes.AsSpan(b * BlockBytes, Math.Min(BlockBytes, bytes.Length - (b * BlockBytes))), target.AsSpan(written), LZ4Level.L00_FAST);
            ends[b] = written;
        }

        return blocks == 0 || written >= bytes.Length ? null : (ends, target[..written]);
    }

    private static byte[] Decompressed(int length, int charSize, int[] ends, byte[] data)
    {
        var size = (long)length * charSize;
        if (charSize is not (1 or 2) || length <= 0 || size > Array.MaxLength || ends.Length != (size + BlockBytes - 1) / BlockBytes || ends[^1] != data.Length)
        {
            throw new InvalidDataException("snapshot article text is malformed");
        }

        // Every block is decoded into a scratch block before the text's array is made: the length is checked only against
        // the count of block ends (4 bytes of file each), so a damaged file could otherwise ask for gigabytes.
        Span<byte> scratch = stackalloc byte[BlockBytes];
        for (var b = 0; b < ends.Length; b++)
        {
            DecodeBlock(b, size, ends, data, scratch);
        }

        var bytes = new byte[size];
        for (var b = 0; b < ends.Length; b++)
        {
            DecodeBlock(b, size, ends, data, bytes.AsSpan(b * BlockBytes));
        }

        return bytes;
    }

    private static void DecodeBlock(int b, long size, int[] ends, byte[] data, Span<byte> target)
    {
        var start = b == 0 ? 0 : ends[b - 1];
        var blockLength = (int)Math.Min(BlockBytes, size - ((long)b * BlockBytes));
        if (ends[b] <= start || LZ4Codec.Decode(data.AsSpan(start, ends[b] - start), target[..blockLength]) != blockLength)
        {
            throw new InvalidDataException("snapshot article text is damaged (a compressed block does not decode)");
        }
    }
}
