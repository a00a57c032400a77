using System.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// An article's text held in one byte a character when every character fits in Latin-1 (most corpora, and half the
/// memory of a .NET string), otherwise as the string itself. Offsets are the same either way (a byte is a character),
/// so passages and sentences slice it without any mapping. The whole text is widened into a string only when asked,
/// and the last few widened texts are kept in a small shared cache, so a question reading the same article many
/// times widens it once while a loaded index keeps only the narrow bytes.
/// </summary>
internal sealed class CompactText : IEquatable<CompactText>
{
    private const int CacheSlots = 256;

    private static readonly Widened?[] Cache = new Widened?[CacheSlots];
    private static int nextSlot;

    private readonly byte[]? narrow;
    private readonly string? wide;
    private readonly int slot = Interlocked.Increment(ref nextSlot) & (CacheSlots - 1);

    private CompactText(byte[]? narrow, string? wide)
    {
        this.narrow = narrow;
        this.wide = wide;
    }

    public static CompactText Empty { get; } = new([], null);

    /// <summary>Number of characters.</summary>
    public int Length => narrow?.Length ?? wide!.Length;

    /// <summary>The Latin-1 bytes when the text is held narrow, otherwise null (the snapshot writes them as they are).</summary>
    public byte[]? Narrow => narrow;

    /// <summary>
    /// The text, narrowed when it fits. The string given is kept in the cache as the narrowed text's widened form, so
    /// what reads a new article right away (the index build) does not widen it again.
    /// </summary>
    public static CompactText Of(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return new CompactText(null, text);
        }

        var compact = new CompactText(Encoding.Latin1.GetBytes(text), null);
        Volatile.Write(ref Cache[compact.slot], new Widened(compact, text));
        return compact;
    }

    /// <summary>Text whose every byte is one Latin-1 character (any byte is one, so nothing can fail to decode).</summary>
    public static CompactText OfLatin1(byte[] bytes) => new(bytes, null);

    /// <summary>The whole text as a string.</summary>
    public string Value
    {
        get
        {
            if (wide is not null)
            {
                return wide;
            }

            var cached = Volatile.Read(ref Cache[slot]);
            if (cached is not null && ReferenceEquals(cached.Owner, this))
            {
                return cached.Text;
            }

            var text = Encoding.Latin1.GetString(narrow!);
            Volatile.Write(ref Cache[slot], new Widened(this, text));
            return text;
        }
    }

    /// <summary>The characters [start, start + length) as a string, without widening the rest.</summary>
    public string Slice(int start, int length) =>
        wide?.Substring(start, length) ?? Encoding.Latin1.GetString(narrow!, start, length);

    /// <summary>The characters [start, start + length) copied into <paramref name="destination"/>, without making a string.</summary>
    public void CopyTo(int start, int length, Span<char> destination)
    {
        if (wide is not null)
        {
            wide.AsSpan(start, length).CopyTo(destination);
        }
        else
        {
            Encoding.Latin1.GetChars(narrow.AsSpan(start, length), destination);
        }
    }

    /// <summary>Whether <paramref name="value"/> occurs in the text (ordinal), without widening narrow text.</summary>
    public bool Contains(string value)
    {
        if (wide is not null)
        {
            return wide.Contains(value, StringComparison.Ordinal);
        }

        // Narrow text holds only Latin-1 characters, so a value with any other character cannot occur in it.
        if (value.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
        {
            return false;
        }

        var bytes = value.Length <= 512 ? stackalloc byte[value.Length] : new byte[value.Length];
        Encoding.Latin1.GetBytes(value, bytes);
        return narrow.AsSpan().IndexOf(bytes) >= 0;
    }

    public bool Equals(CompactText? other) =>
        other is not null && (narrow is not null && other.narrow is not null
            ? narrow.AsSpan().SequenceEqual(other.narrow)
            : Value.Equals(other.Value, StringComparison.Ordinal));

    public override bool Equals(object? obj) => Equals(obj as CompactText);

    public override int GetHashCode() => Length;

    public override string ToString() => Value;

    private sealed record Widened(CompactText Owner, string Text);
}
