using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// An article's text held in one byte a character when every character fits in Latin-1 (most corpora, and half the
/// memory of a .NET string), otherwise as the string itself; or as a run of the bytes that many texts are packed into,
/// compressed in blocks that are decoded when read (a loaded snapshot's text, see <see cref="PackedText"/>). Offsets are
/// characters however the text is held, so passages and sentences slice it without any mapping. A slice decodes only
/// the blocks it spans (recent ones are kept in <see cref="DecodedBlocks"/>); the whole text is widened into a string
/// only when asked, and the last few widened texts are kept in a small shared cache, so a question reading the same
/// article many times widens it once while a loaded index keeps only the compressed bytes.
/// </summary>
internal sealed partial class CompactText : IEquatable<CompactText>
{
    private const int CacheSlots = 256;

    private static readonly Widened?[] Cache = new Widened?[CacheSlots];
    private static int nextSlot;

    private readonly int slot = Interlocked.Increment(ref nextSlot) & (CacheSlots - 1);

    // A byte[] (Latin-1), a string (any other text) or a PackedText (either, compressed, from byte `packedStart` on, with
    // `charSize` bytes a character).
    private readonly object held;
    private readonly int packedStart;
    private readonly byte charSize;

    private CompactText(object held, int length, int start = 0, int charSize = 0)
    {
        this.held = held;
        Length = length;
        packedStart = start;
        this.charSize = (byte)charSize;
    }

    public static CompactText Empty { get; } = new(Array.Empty<byte>(), 0);

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>
    /// The Latin-1 bytes when the text is narrow (decoded into a new array when it is packed), otherwise null: what reads
    /// every character once (the index build) reads these.
    /// </summary>
    public byte[]? Narrow => held switch
    {
        byte[] narrow => narrow,
        PackedText packed when charSize == 1 => Decoded(packed),
        _ => null,
    };

    /// <summary>Bytes a character as the text is held: 1 (Latin-1) or 2 (UTF-16).</summary>
    public int CharSize => held switch
    {
        byte[] => 1,
        string => 2,
        _ => charSize,
    };

    /// <summary>Held as a run of packed (compressed) bytes.</summary>
    public bool IsPacked => held is PackedText;

    /// <summary>
    /// The text, narrowed when it fits. The string given is kept in the cache as the narrowed text's widened form, so
    /// what reads a new article right away (the index build) does not widen it again.
    /// </summary>
    public static CompactText Of(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return new CompactText(text, text.Length);
        }

        var compact = new CompactText(Encoding.Latin1.GetBytes(text), text.Length);
        Volatile.Write(ref Cache[compact.slot], Widened.Of(compact, text));
        return compact;
    }

    /// <summary>Text whose every byte is one Latin-1 character (any byte is one, so nothing can fail to decode).</summary>
    public static CompactText OfLatin1(byte[] bytes) => new(bytes, bytes.Length);

    /// <summary>
    /// The <paramref name="length"/> characters of <paramref name="charSize"/> bytes each that start at byte
    /// <paramref name="start"/> of <paramref name="packed"/> (a snapshot's text); a run that does not lie inside it, or
    /// UTF-16 text at an odd byte, is refused as malformed.
    /// </summary>
    public static CompactText In(PackedText packed, int start, int length, int charSize)
    {
        if (charSize is not (1 or 2) || start < 0 || length < 0 || (long)start + ((long)length * charSize) > packed.Length || (charSize == 2 && (start & 1) != 0))
        {
            throw new InvalidDataException("snapshot article text lies outside its packed text");
        }

        return length == 0 ? Empty : new CompactText(packed, length, start, charSize);
    }

    /// <summary>
    /// Places this text's characters in <paramref name="builder"/> and returns where they start. How this text is held
    /// does not change: what saves a snapshot of an index that is still in use keeps reading it as before.
    /// </summary>
    public int PackInto(PackedTextBuilder builder)
    {
        switch (held)
        {
            case byte[] narrow:
                return builder.Add(narrow, 1);
            case string wide:
                return builder.Add(MemoryMarshal.AsBytes(wide.AsSpan()), 2);
            default:
                var bytes = ArrayPool<byte>.Shared.Rent(Length * charSize);
                try
                {
                    var decoded = bytes.AsSpan(0, Length * charSize);
                    ((PackedText)held).DecodeRange(packedStart, decoded);
                    return builder.Add(decoded, charSize);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                }
        }
    }

    /// <summary>The whole text as a string.</summary>
    public string Value
    {
        get
        {
            if (held is string wide)
            {
                return wide;
            }

            var cached = Volatile.Read(ref Cache[slot]);
            if (cached is not null && cached.Holds(this))
            {
                return cached.Text;
            }

            var text = held is byte[] narrow ? Encoding.Latin1.GetString(narrow) : string.Create(Length, this, Widen);
            Volatile.Write(ref Cache[slot], Widened.Of(this, text));
            return text;
        }
    }

    /// <summary>The characters [start, start + length) as a string, without widening the rest.</summary>
    public string Slice(int start, int length)
    {
        switch (held)
        {
            case byte[] narrow:
                return Encoding.Latin1.GetString(narrow, start, length);
            case string wide:
                return wide.Substring(start, length);
            default:
                CheckRange(start, length);
                return string.Create(length, (Text: this, Start: start), static (span, slice) => slice.Text.CopyTo(slice.Start, span.Length, span));
        }
    }

    /// <summary>The characters [start, start + length) copied into <paramref name="destination"/>, without making a string.</summary>
    public void CopyTo(int start, int length, Span<char> destination)
    {
        switch (held)
        {
            case byte[] narrow:
                Encoding.Latin1.GetChars(narrow.AsSpan(start, length), destination);
                break;
            case string wide:
                wide.AsSpan(start, length).CopyTo(destination);
                break;
            case PackedText packed:
                CheckRange(start, length);
                CopyPacked(packed, start, destination[..length]);
                break;
        }
    }

    // As Substring's checks: a start past the end must throw, not read another text's bytes from a shared decoded block.
    private void CheckRange(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)start + length, Length, nameof(length));
    }

    /// <summary>Whether <paramref name="value"/> occurs in the text (ordinal), without widening narrow text.</summary>
    public bool Contains(string value)
    {
        var current = held;
        if (current is string wide)
        {
            return wide.Contains(value, StringComparison.Ordinal);
        }

        if (current is PackedText && charSize == 2)
        {
            return string.Create(Length, this, Widen).Contains(value, StringComparison.Ordinal);
        }

        // Narrow text holds only Latin-1 characters, so a value with any other character cannot occur in it.
        if (value.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return false;
        }

        var bytes = value.Length <= 512 ? stackalloc byte[value.Length] : new byte[value.Length];
        Encoding.Latin1.GetBytes(value, bytes);
        if (current is byte[] narrow)
        {
            return narrow.AsSpan().IndexOf(bytes) >= 0;
        }

        // Packed narrow text is decoded whole into a rented buffer: a scan of every article (the fact-card quote check)
        // would otherwise push the blocks questions read out of the shared cache.
        var packed = (PackedText)current;
        var decoded = ArrayPool<byte>.Shared.Rent(Length);
        try
        {
            packed.DecodeRange(packedStart, decoded.AsSpan(0, Length));
            return decoded.AsSpan(0, Length).IndexOf(bytes) >= 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(decoded);
        }
    }

    public bool Equals(CompactText? other) =>
        other is not null && Length == other.Length && (held is byte[] narrow && other.held is byte[] otherNarrow
            ? narrow.AsSpan().SequenceEqual(otherNarrow)
            : Value.Equals(other.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as CompactText);

    public override int GetHashCode() => Length;

    public override string ToString() => Value;

    private byte[] Decoded(PackedText packed)
    {
        var bytes = new byte[Length];
        packed.DecodeRange(packedStart, bytes);
        return bytes;
    }

    private static void Widen(Span<char> destination, CompactText text)
    {
        var packed = (PackedText)text.held;
        if (text.charSize == 2)
        {
            packed.DecodeRange(text.packedStart, MemoryMarshal.AsBytes(destination));
            return;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            packed.DecodeRange(text.packedStart, bytes.AsSpan(0, text.Length));
            Encoding.Latin1.GetChars(bytes.AsSpan(0, text.Length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The characters from <paramref name="from"/> filling <paramref name="destination"/>, block by block.</summary>
    private void CopyPacked(PackedText packed, int from, Span<char> destination)
    {
        var position = packedStart + (from * charSize);
        while (!destination.IsEmpty)
        {
            var (block, offset) = Math.DivRem(position, packed.BlockBytes);
            var count = Math.Min(destination.Length, (packed.BlockBytes - offset) / charSize);
            DecodedBlocks.CopyTo(packed, block, offset, charSize, destination[..count]);
            position += count * charSize;
            destination = destination[count..];
        }
    }
}
