using System.Text;
using ChatBot.Core.Indexing;
using K4os.Compression.LZ4;

namespace ChatBot.UnitTests.Indexing;

public sealed class SnapshotWholeTextsTests
{
    [Theory]
    [InlineData(1, int.MaxValue - 64)] // 2 GB asked for by 1 MB of block ends
    [InlineData(2, int.MaxValue)] // 4 GB: more than an array can hold
    public void AFormat8Text_WhoseLengthAsksForGigabytes_IsRefused_BeforeItsArrayIsMade(int charSize, int length)
    {
        // A format-8 text's length is checked only against its count of 8 KB block ends, 4 bytes of file each: a file of a
        // few megabytes could make the load allocate gigabytes (an OutOfMemoryException, which the store does not catch,
        // ends the process instead of rebuilding the index). Its blocks must decode before the text's array is made.
        var blocks = (int)((((long)length * charSize) + 8191) / 8192);
        var block = new byte[LZ4Codec.MaximumOutputSize(8192)];
        var encoded = LZ4Codec.Encode(new byte[8192], block, LZ4Level.L00_FAST);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write((byte)2); // compressed blocks
            writer.Write(length);
            writer.Write((byte)charSize);
            writer.Write(blocks);
            for (var b = 0; b < blocks; b++)
            {
                writer.Write(encoded * Math.Min(b + 1, 2)); // the first block whole, the others damaged
            }

            writer.Write(encoded * 2);
            writer.Write(block.AsSpan(0, encoded));
            writer.Write(block.AsSpan(0, encoded));
            writer.Write(0UL);
        }

        stream.Position = 0;
        var before = GC.GetTotalAllocatedBytes(precise: true);

        Assert.Throws<InvalidDataException>(() => SnapshotWholeTexts.Read(new SnapshotReader(stream), checksums: true));
        Assert.InRange(GC.GetTotalAllocatedBytes(precise: true) - before, 0, 64L << 20);
    }
}
