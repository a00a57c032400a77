using System.Runtime.CompilerServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Numbers kept in the narrowest of one, two or four bytes that holds all of them. The per-passage token stream (term
/// numbers and word positions) was a quarter of a loaded index as <c>int</c>s, while its term numbers fit two bytes as long
/// as the vocabulary stays under 65,536 terms and its positions one byte while passages stay under 256 words. Anything
/// larger (or negative) keeps four bytes, so no value is ever cut short.
/// </summary>
internal sealed class NarrowInts
{
    private readonly byte[] bytes = [];
    private readonly ushort[] shorts = [];
    private readonly int[] ints = [];

    private NarrowInts(byte[] values) => (bytes, Width, Length) = (values, 1, values.Length);

    private NarrowInts(ushort[] values) => (shorts, Width, Length) = (values, 2, values.Length);

    private NarrowInts(int[] values) => (ints, Width, Length) = (values, 4, values.Length);

    /// <summary>Bytes a value takes: 1, 2 or 4.</summary>
    public int Width { get; }

    public int Length { get; }

    public int this[int index] => Width switch
    {
        1 => bytes[index],
        2 => shorts[index],
        _ => ints[index],
    };

    public static NarrowInts Of(int[] values) => Join([values]);

    /// <summary>
    /// The parts end to end, in the width their values need (one pass to find it, one to copy). A long list is split into
    /// ranges of parts read in parallel: each part's place is known from the lengths before it, and the least and greatest
    /// values do not depend on the order they are met in, so the result is the same as one thread's.
    /// </summary>
    public static NarrowInts Join(IReadOnlyList<int[]> parts) => Join(parts.Select(part => new ArraySegment<int>(part)).ToList());

    /// <summary>The same, for slices of larger arrays (the build's chunks, <see cref="ChunkPool{T}"/>).</summary>
    // Optimized at once, like the build's other methods that see every passage (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NarrowInts Join(IReadOnlyList<ArraySegment<int>> parts)
    {
        var starts = new int[parts.Count + 1];
        for (var p = 0; p < parts.Count; p++)
        {
            starts[p + 1] = starts[p] + parts[p].Count;
        }

        var least = 0;
        var most = 0;
        var gate = new Lock();
        ForRanges(parts.Count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (first, end) =>
        {
            var (rangeLeast, rangeMost) = (0, 0);
            for (var p = first; p < end; p++)
            {
                foreach (var value in parts[p].AsSpan())
                {
                    rangeLeast = Math.Min(rangeLeast, value);
                    rangeMost = Math.Max(rangeMost, value);
                }
            }

            lock (gate)
            {
                (least, most) = (Math.Min(least, rangeLeast), Math.Max(most, rangeMost));
            }
        });

        return WidthFor(least, most) switch
        {
            1 => new NarrowInts(Fill<byte>(starts, parts)),
            2 => new NarrowInts(Fill<ushort>(starts, parts)),
            _ => new NarrowInts(Fill<int>(starts, parts)),
        };
    }

    /// <summary>The width that holds every value from <paramref name="least"/> to <paramref name="most"/>.</summary>
    public static int WidthFor(int least, int most) => least < 0 || most > ushort.MaxValue ? 4 : most > byte.MaxValue ? 2 : 1;

    public NarrowIntSpan Slice(int start, int length) => Width switch
    {
        1 => new NarrowIntSpan(bytes.AsSpan(start, length)),
        2 => new NarrowIntSpan(shorts.AsSpan(start, length)),
        _ => new NarrowIntSpan(ints.AsSpan(start, length)),
    };

    public int[] ToArray() => Width switch
    {
        1 => Array.ConvertAll(bytes, value => (int)value),
        2 => Array.ConvertAll(shorts, value => (int)value),
        _ => (int[])ints.Clone(),
    };

    /// <summary>True when every value is at least 0 and below <paramref name="bound"/> (one vectorised scan).</summary>
    public bool AllIn(int bound) => Width switch
    {
        1 => bound > byte.MaxValue || bytes.AsSpan().IndexOfAnyInRange((byte)Math.Max(0, bound), byte.MaxValue) < 0,
        2 => bound > ushort.MaxValue || shorts.AsSpan().IndexOfAnyInRange((ushort)Math.Max(0, bound), ushort.MaxValue) < 0,
        _ => ints.AsSpan().IndexOfAnyExceptInRange(0, bound - 1) < 0,
    };

    /// <summary>The width, then the count and the values' bytes in one block.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write((byte)Width);
        switch (Width)
        {
            case 1:
                writer.Write(bytes.Length);
                writer.Write(bytes);
                break;
            case 2:
                writer.Write(shorts);
                break;
            default:
                writer.Write(ints);
                break;
        }
    }

    public static NarrowInts Read(SnapshotReader reader) => reader.Byte() switch
    {
        1 => new NarrowInts(reader.Bytes()),
        2 => new NarrowInts(reader.UInt16s()),
        4 => new NarrowInts(reader.Ints()),
        _ => throw new InvalidDataException("snapshot value width is malformed"),
    };

    // Generic math instead of a delegate: the JIT compiles one loop per width, with no call per value (a 120k build joins ~28 M).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] Fill<T>(int[] starts, IReadOnlyList<ArraySegment<int>> parts)
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        var all = new T[starts[^1]];
        ForRanges(parts.Count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (first, end) =>
        {
            for (var p = first; p < end; p++)
            {
                var part = parts[p].AsSpan();
                var target = all.AsSpan(starts[p], part.Length);
                for (var i = 0; i < part.Length; i++)
                {
                    target[i] = T.CreateTruncating(part[i]);
                }
            }
        });

        return all;
    }

    /// <summary>Runs <paramref name="body"/> over [first, end) ranges covering [0, count): in parallel only when there are many.</summary>
    private static void ForRanges(int count, Action<int, int> body)
    {
        const int RangeSize = 4096;
        if (count <= RangeSize)
        {
            body(0, count);
            return;
        }

        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, RangeSize), range => body(range.Item1, range.Item2));
    }
}
