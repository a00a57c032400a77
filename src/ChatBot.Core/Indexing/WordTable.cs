using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A numbered list of words held as one block of bytes (<see cref="Wtf8"/>: one byte a character for most words) and
/// where each starts, found by an open-addressing table of word numbers — instead of a string and a dictionary entry a
/// word (~90 bytes against ~20). A word's string is made only when one is asked for (<see cref="this[int]"/>).
/// Numbers are positions in the list; when a word is listed twice, looking it up gives the later number (as filling a
/// dictionary in list order did).
/// </summary>
[CollectionBuilder(typeof(WordTable), nameof(Create))]
internal sealed class WordTable : IReadOnlyList<string>
{
    // Words a look-up encodes on the stack; a longer one takes an array.
    private const int StackBytes = 512;

    private readonly byte[] bytes;
    private readonly int[] starts;

    // 0 for an empty slot, otherwise the word's number + 1 in the low bits and bits of its hash above them, so a probe
    // compares bytes only when those bits agree.
    private readonly uint[] slots;
    private readonly int numberBits;

    private WordTable(byte[] bytes, int[] starts)
    {
        this.bytes = bytes;
        this.starts = starts;
        var count = starts.Length - 1;
        numberBits = 32 - BitOperations.LeadingZeroCount((uint)count);
        slots = new uint[count + (count >> 1) + 1];
        var distinct = true;
        for (var id = 0; id < count; id++)
        {
            distinct &= Add(id);
        }

        IsDistinct = distinct;
    }

    /// <summary>No word is listed twice.</summary>
    public bool IsDistinct { get; }

    public static WordTable Empty { get; } = new([], [0]);

    public int Count => starts.Length - 1;

    /// <summary>The words' bytes one after another, as <see cref="WriteBlock"/> stores them.</summary>
    internal ReadOnlySpan<byte> Block => bytes;

    /// <summary>Where each word starts in <see cref="Block"/>, and its end.</summary>
    internal ReadOnlySpan<int> Starts => starts;

    /// <summary>The word as a new string.</summary>
    public string this[int id]
    {
        get
        {
            var word = Bytes(id);
            return Utf8.IsValid(word) ? System.Text.Encoding.UTF8.GetString(word) : DecodeToString(word);
        }
    }

    /// <summary>The word's bytes (<see cref="Wtf8"/>).</summary>
    public ReadOnlySpan<byte> Bytes(int id) => bytes.AsSpan(starts[id], starts[id + 1] - starts[id]);

    /// <summary>
    /// The word's characters, in <paramref name="scratch"/> when it has room for one a byte of the word, otherwise in a
    /// new array.
    /// </summary>
    public ReadOnlySpan<char> Chars(int id, Span<char> scratch)
    {
        var word = Bytes(id);
        var destination = scratch.Length >= word.Length ? scratch : new char[word.Length];
        return destination[..Wtf8.Decode(word, destination)];
    }

    /// <summary>The number of <paramref name="word"/>, or -1 when it is not listed.</summary>
    public int IndexOf(ReadOnlySpan<char> word)
    {
        var max = Wtf8.MaxBytes(word.Length);
        var encoded = max <= StackBytes ? stackalloc byte[max] : new byte[max];
        return Find(encoded[..Wtf8.Encode(word, encoded)]);
    }

    public bool Contains(ReadOnlySpan<char> word) => IndexOf(word) >= 0;

    /// <summary>For collection expressions (<c>[]</c>, <c>[.. words]</c>).</summary>
    public static WordTable Create(ReadOnlySpan<string> words)
    {
        var total = 0L;
        foreach (var word in words)
        {
            total += Wtf8.MaxBytes(word.Length);
        }

        var buffer = new byte[checked((int)total)];
        var starts = new int[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            starts[i + 1] = starts[i] + Wtf8.Encode(words[i], buffer.AsSpan(starts[i]));
        }

        return new WordTable(buffer.AsSpan(0, starts[^1]).ToArray(), starts);
    }

    public static WordTable Of(IReadOnlyList<string> words) => Create(words is string[] array ? array : [.. words]);

    /// <summary>
    /// The words as <see cref="WriteBlock"/> wrote them, the arrays kept as they are; null unless every word is whole
    /// <see cref="Wtf8"/> (as <see cref="Wtf8.Encode"/> writes it), none is empty and none is listed twice — a damaged
    /// block is refused, never read past its end or decoded into another word.
    /// </summary>
    public static WordTable? OfBlock(byte[] bytes, int[] starts)
    {
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != bytes.Length)
        {
            return null;
        }

        for (var id = 1; id < starts.Length; id++)
        {
            // A start past the block is refused before the word is cut out (the span would throw, not refuse).
            if (starts[id] <= starts[id - 1] || starts[id] > bytes.Length || !Wtf8.IsWellFormed(bytes.AsSpan(starts[id - 1], starts[id] - starts[id - 1])))
            {
                return null;
            }
        }

        var table = new WordTable(bytes, starts);
        return table.IsDistinct ? table : null;
    }

    /// <summary>The words as one block: their bytes, then where each starts (each a count and its values' bytes).</summary>
    public void WriteBlock(BinaryWriter writer)
    {
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(starts);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> writes (a count, then each word as <see cref="BinaryWriter"/> writes a string),
    /// copying each word's bytes as stored; bytes that are not valid UTF-8 are read as a string reads them (each bad run a
    /// replacement character), so the words are what <see cref="SnapshotReader.Strings"/> would have made.
    /// </summary>
    public static WordTable Read(SnapshotReader reader)
    {
        var starts = new int[reader.Count(1) + 1];
        // About ten bytes a word to begin with, grown when short: a count is checked only against what is left to read.
        var buffer = new byte[Math.Clamp((starts.Length - 1) * 10L, 16, 1 << 22)];
        for (var i = 1; i < starts.Length; i++)
        {
            var stored = reader.StringBytes();
            var word = Utf8.IsValid(stored) ? stored : Encode(System.Text.Encoding.UTF8.GetString(stored));
            if (buffer.Length - starts[i - 1] < word.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, Math.Max(buffer.Length * 2L, (long)starts[i - 1] + word.Length)));
            }

            word.CopyTo(buffer.AsSpan(starts[i - 1]));
            starts[i] = starts[i - 1] + word.Length;
        }

        return new WordTable(buffer.AsSpan(0, starts[^1]).ToArray(), starts);
    }

    /// <summary>
    /// Writes the words as <c>BinaryWriter.Write(string[])</c> (SnapshotIO) does, byte for byte: a word that is valid
    /// UTF-8 is written as held, any other (a lone surrogate) through its string, as before.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (var id = 0; id < Count; id++)
        {
            var word = Bytes(id);
            if (Utf8.IsValid(word))
            {
                writer.Write7BitEncodedInt(word.Length);
                writer.Write(word);
            }
            else
            {
                writer.Write(this[id]);
            }
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var id = 0; id < Count; id++)
        {
            yield return this[id];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static byte[] Encode(string word)
    {
        var encoded = new byte[Wtf8.MaxBytes(word.Length)];
        return encoded.AsSpan(0, Wtf8.Encode(word, encoded)).ToArray();
    }

    private static string DecodeToString(ReadOnlySpan<byte> word)
    {
        var chars = word.Length <= StackBytes ? stackalloc char[word.Length] : new char[word.Length];
        return new string(chars[..Wtf8.Decode(word, chars)]);
    }

    /// <summary>Lists the word; false when it was listed already (the later number is kept).</summary>
    private bool Add(int id)
    {
        var word = Bytes(id);
        var hash = Hash(word);
        var tag = Tag(hash);
        for (var slot = Home(hash); ; slot = Next(slot))
        {
            var held = slots[slot];
            if (held == 0 || ((held & ~NumberMask) == tag && Bytes((int)(held & NumberMask) - 1).SequenceEqual(word)))
            {
                slots[slot] = tag | (uint)(id + 1);
                return held == 0;
            }
        }
    }

    private int Find(ReadOnlySpan<byte> word)
    {
        var hash = Hash(word);
        var tag = Tag(hash);
        for (var slot = Home(hash); ; slot = Next(slot))
        {
            var held = slots[slot];
            if (held == 0)
            {
                return -1;
            }

            var id = (int)(held & NumberMask) - 1;
            if ((held & ~NumberMask) == tag && Bytes(id).SequenceEqual(word))
            {
                return id;
            }
        }
    }

    private uint NumberMask => (uint)((1UL << numberBits) - 1);

    // The hash's low bits above the number; the slot comes from its high bits (Home), so the two are independent.
    private uint Tag(int hash) => numberBits == 32 ? 0 : (uint)hash << numberBits;

    private int Home(int hash) => (int)(((ulong)(uint)hash * (ulong)slots.Length) >> 32);

    private int Next(int slot) => slot + 1 == slots.Length ? 0 : slot + 1;

    // Seeded per process (HashCode), so no text can be written to make its words collide.
    private static int Hash(ReadOnlySpan<byte> word)
    {
        var hash = default(HashCode);
        hash.AddBytes(word);
        return hash.ToHashCode();
    }
}
