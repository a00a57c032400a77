using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A run of values stored one, two or four bytes wide, read as <c>int</c>s (what <see cref="InvertedIndex"/> hands out
/// for a passage's terms and positions). The width is kept as a shift, so a read is a bounds check, a shifted load and a
/// switch on the width that stays the same for the whole run (a branch a loop predicts).
/// </summary>
public readonly ref struct NarrowIntSpan
{
    private readonly ref byte start;
    private readonly int shift;

    internal NarrowIntSpan(ReadOnlySpan<byte> values)
    {
        start = ref MemoryMarshal.GetReference(values);
        Length = values.Length;
    }

    internal NarrowIntSpan(ReadOnlySpan<ushort> values)
    {
        start = ref Unsafe.As<ushort, byte>(ref MemoryMarshal.GetReference(values));
        Length = values.Length;
        shift = 1;
    }

    internal NarrowIntSpan(ReadOnlySpan<int> values)
    {
        start = ref Unsafe.As<int, byte>(ref MemoryMarshal.GetReference(values));
        Length = values.Length;
        shift = 2;
    }

    public int Length { get; }

    public bool IsEmpty => Length == 0;

    public int this[int index]
    {
        // Read once per word of every re-scored passage: a call per read cost more than the read.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Length)
            {
                ThrowOutOfRange();
            }

            ref var at = ref Unsafe.Add(ref start, (nint)index << shift);
            return shift switch
            {
                0 => at,
                1 => Unsafe.As<byte, ushort>(ref at),
                _ => Unsafe.As<byte, int>(ref at),
            };
        }
    }

    /// <summary>Bytes a value takes here: 1, 2 or 4.</summary>
    internal int Width => 1 << shift;

    /// <summary>
    /// The values as stored, for a loop over a whole run that would otherwise pay a bounds check and a width switch a
    /// read: <typeparamref name="T"/> must be as wide as <see cref="Width"/> (byte, ushort or int).
    /// </summary>
    internal ReadOnlySpan<T> Stored<T>()
        where T : unmanaged
    {
        if (Unsafe.SizeOf<T>() != Width)
        {
            ThrowOutOfRange();
        }

        return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref start), Length);
    }

    public int[] ToArray()
    {
        var values = new int[Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = this[i];
        }

        return values;
    }

    [DoesNotReturn]
    private static void ThrowOutOfRange() => throw new IndexOutOfRangeException();
}
