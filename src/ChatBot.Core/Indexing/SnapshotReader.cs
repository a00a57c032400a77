using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Reads a snapshot from a stream: small values through one buffer, arrays straight from the file into the array
/// that keeps them (one read, one copy, no intermediate buffer the size of the file). Reads the layout
/// <see cref="BinaryWriter"/> writes (little-endian, strings with a 7-bit length prefix). A count larger than what
/// is left, a read past the end or a malformed length throws <see cref="InvalidDataException"/> or
/// <see cref="EndOfStreamException"/>, which the store treats as a damaged snapshot.
/// </summary>
internal sealed class SnapshotReader(Stream stream)
{
    private readonly byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private readonly long length = stream.Length;

    public bool AtEnd => position == filled && stream.Position == length;

    private long Remaining => filled - position + length - stream.Position;

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(sizeof(ulong)));

    public byte Byte() => Take(1)[0];

    public bool Boolean() => Byte() != 0;

    public string String()
    {
        var bytes = Length7Bit();
        if (bytes <= buffer.Length)
        {
            return Encoding.UTF8.GetString(Take(bytes));
        }

        if (bytes > Remaining)
        {
            throw new EndOfStreamException();
        }

        var rented = ArrayPool<byte>.Shared.Rent(bytes);
        try
        {
            ReadInto(rented.AsSpan(0, bytes));
            return Encoding.UTF8.GetString(rented, 0, bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A string's bytes as stored (UTF-8), without making the string; valid until the next read.</summary>
    public ReadOnlySpan<byte> StringBytes()
    {
        var bytes = Length7Bit();
        if (bytes <= buffer.Length)
        {
            return Take(bytes);
        }

        if (bytes > Remaining)
        {
            throw new EndOfStreamException();
        }

        var large = new byte[bytes];
        ReadInto(large);
        return large;
    }

    public string? Nullable() => Boolean() ? String() : null;

    public PartialDate? Date()
    {
        var year = Int32();
        var month = Byte();
        var day = Byte();
        return year == 0 ? null : new PartialDate(year, month, day);
    }

    public int[] Ints() => Array<int>();

    public float[] Floats() => Array<float>();

    public ushort[] UInt16s() => Array<ushort>();

    /// <summary>A length-prefixed block of bytes.</summary>
    public byte[] Bytes() => Array<byte>();

    public string[] Strings()
    {
        var values = new string[Count(1)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = String();
        }

        return values;
    }

    /// <summary>An element count, checked against what is left so a damaged count cannot ask for a huge array.</summary>
    public int Count(int minimumBytes)
    {
        var count = Int32();
        if (count < 0 || (long)count * minimumBytes > Remaining)
        {
            throw new InvalidDataException("snapshot count out of range");
        }

        return count;
    }

    private T[] Array<T>()
        where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException("snapshots are little-endian");
        }

        var values = new T[Count(Marshal.SizeOf<T>())];
        ReadInto(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Fills <paramref name="target"/>: what the buffer holds first, the rest directly from the stream.</summary>
    private void ReadInto(Span<byte> target)
    {
        var buffered = Math.Min(filled - position, target.Length);
        buffer.AsSpan(position, buffered).CopyTo(target);
        position += buffered;
        stream.ReadExactly(target[buffered..]);
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (filled - position < count)
        {
            Fill(count);
        }

        var slice = buffer.AsSpan(position, count);
        position += count;
        return slice;
    }

    private void Fill(int count)
    {
        var kept = filled - position;
        buffer.AsSpan(position, kept).CopyTo(buffer);
        (position, filled) = (0, kept);
        while (filled < count)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read > 0 ? read : throw new EndOfStreamException();
        }
    }

    private int Length7Bit()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result >= 0 ? result : throw new InvalidDataException("snapshot string length out of range");
            }
        }

        throw new InvalidDataException("snapshot string length malformed");
    }
}
