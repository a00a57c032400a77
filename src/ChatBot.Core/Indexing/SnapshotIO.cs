using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>Primitive readers and writers shared by the snapshot sections.</summary>
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

    public static string? ReadNullable(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void Write(this BinaryWriter writer, PartialDate? date)
    {
        writer.Write(date?.Year ?? 0);
        writer.Write((byte)(date?.Month ?? 0));
        writer.Write((byte)(date?.Day ?? 0));
    }

    public static PartialDate? ReadDate(this BinaryReader reader)
    {
        var year = reader.ReadInt32();
        var month = reader.ReadByte();
        var day = reader.ReadByte();
        return year == 0 ? null : new PartialDate(year, month, day);
    }

    public static void Write(this BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        var bytes = new byte[values.Length * sizeof(int)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }

    public static int[] ReadInts(this BinaryReader reader)
    {
        var values = new int[reader.ReadInt32()];
        var bytes = reader.ReadBytes(values.Length * sizeof(int));
        if (bytes.Length != values.Length * sizeof(int))
        {
            throw new EndOfStreamException();
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    public static void Write(this BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        writer.Write(bytes);
    }

    public static float[] ReadFloats(this BinaryReader reader)
    {
        var values = new float[reader.ReadInt32()];
        var bytes = reader.ReadBytes(values.Length * sizeof(float));
        if (bytes.Length != values.Length * sizeof(float))
        {
            throw new EndOfStreamException();
        }

        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    public static void Write(this BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public static string[] ReadStrings(this BinaryReader reader) =>
        [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString())];
}
