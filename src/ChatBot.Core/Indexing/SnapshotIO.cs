using System.Runtime.InteropServices;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>Primitive writers shared by the snapshot sections (<see cref="SnapshotReader"/> reads them back).</summary>
internal static class SnapshotIO
{
    public static void WriteNullable(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static void Write(this BinaryWriter writer, PartialDate? date)
    {
        writer.Write(date?.Year ?? 0);
        writer.Write((byte)(date?.Month ?? 0));
        writer.Write((byte)(date?.Day ?? 0));
    }

    /// <summary>The count, then the values' bytes in one block (little-endian, as <see cref="SnapshotReader"/> expects).</summary>
    public static void Write(this BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static void Write(this BinaryWriter writer, ushort[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static void Write(this BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static void Write(this BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}
