using System.Runtime.InteropServices;
using ChatBot.Core.Indexing;

namespace ChatBot.UnitTests.Indexing;

/// <summary>The posting weights' section of a saved snapshot, found by its bytes (which occur once).</summary>
internal static class SnapshotWeightsSection
{
    /// <summary>The bytes format 10 writes: a flag, then the table and the codes, or the floats (each a count and its bytes).</summary>
    public static byte[] Of(PostingWeights weights)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(weights.IsCoded);
            if (weights.IsCoded)
            {
                Block(writer, weights.Table.Length, MemoryMarshal.AsBytes(weights.Table.AsSpan()));
                Block(writer, weights.Codes.Length, MemoryMarshal.AsBytes(weights.Codes.AsSpan()));
            }
            else
            {
                Block(writer, weights.Floats.Length, MemoryMarshal.AsBytes(weights.Floats.AsSpan()));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Where the section starts in <paramref name="file"/>.</summary>
    public static int Find(byte[] file, PostingWeights weights)
    {
        var section = Of(weights);
        var at = file.AsSpan().IndexOf(section);
        Assert.True(at > 0 && file.AsSpan(at + 1).IndexOf(section) < 0, "the weights' section was not found once in the snapshot");
        return at;
    }

    /// <summary>
    /// The file format 9 would have written for the same index: formats 9 and 10 differ only in this section, which format
    /// 9 stored as one float a posting (a count, then the floats).
    /// </summary>
    public static byte[] AsFormat9(byte[] file, PostingWeights weights)
    {
        var at = Find(file, weights);
        var floats = weights.ToArray();
        byte[] format9 = [.. file.AsSpan(0, at), .. BitConverter.GetBytes(floats.Length), .. MemoryMarshal.AsBytes(floats.AsSpan()), .. file.AsSpan(at + Of(weights).Length)];
        BitConverter.TryWriteBytes(format9.AsSpan(4, 4), 9);
        return format9;
    }

    private static void Block(BinaryWriter writer, int count, ReadOnlySpan<byte> bytes)
    {
        writer.Write(count);
        writer.Write(bytes);
    }
}
