namespace ChatBot.Core.Indexing;

/// <summary>
/// SymSpell's single-deletion table without its strings: for every listed word and every character of it, the word's
/// number in a bucket chosen by the hash of the word with that character left out. A look-up reads the key's bucket and
/// keeps the words the key really is a deletion of, in word order — what a dictionary from each deletion string to its
/// words gave, at ~8 bytes a deletion instead of a string, an entry and a list (SciFact: ~300,000 deletions). One
/// difference: a word two of whose deletions share a bucket comes twice in a row, which the correction cannot tell from
/// once (it keeps a candidate only when its frequency is strictly higher than the best so far).
/// </summary>
internal sealed class SurfaceDeletions
{
    private const int StackChars = 256;

    private readonly WordTable words;

    // Bucket b's words are entries[starts[b]..starts[b + 1]], in word order (a word once for each of its deletions there).
    private readonly int[] starts;
    private readonly int[] entries;

    private SurfaceDeletions(WordTable words, int[] starts, int[] entries)
    {
        this.words = words;
        this.starts = starts;
        this.entries = entries;
    }

    /// <summary>The deletions of every word that <paramref name="listed"/> accepts (given its characters).</summary>
    public static SurfaceDeletions Build(WordTable words, Func<ReadOnlySpan<char>, bool> listed)
    {
        var ids = new List<int>();
        var hashes = new List<int>();
        Span<char> scratch = stackalloc char[StackChars];
        Span<char> deletedScratch = stackalloc char[StackChars];
        for (var id = 0; id < words.Count; id++)
        {
            var word = words.Chars(id, scratch);
            if (!listed(word))
            {
                continue;
            }

            var deleted = word.Length <= deletedScratch.Length ? deletedScratch : new char[word.Length];
            for (var i = 0; i < word.Length; i++)
            {
                ids.Add(id);
                hashes.Add(string.GetHashCode(Delete(word, i, deleted)));
            }
        }

        // One bucket a deletion on average; a counting sort by bucket keeps each bucket in word order.
        var starts = new int[ids.Count + 2];
        var bucketCount = ids.Count + 1;
        var buckets = new int[ids.Count];
        for (var k = 0; k < ids.Count; k++)
        {
            buckets[k] = Bucket(hashes[k], bucketCount);
            starts[buckets[k] + 1]++;
        }

        for (var b = 0; b < bucketCount; b++)
        {
            starts[b + 1] += starts[b];
        }

        var entries = new int[ids.Count];
        var next = starts[..^1];
        for (var k = 0; k < ids.Count; k++)
        {
            entries[next[buckets[k]]++] = ids[k];
        }

        return new SurfaceDeletions(words, starts, entries);
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the number of every listed word one of whose deletions is
    /// <paramref name="key"/>, in word order (a word may come more than once in a row).
    /// </summary>
    public void Collect(ReadOnlySpan<char> key, List<int> found)
    {
        var bucket = Bucket(string.GetHashCode(key), starts.Length - 1);
        Span<char> scratch = stackalloc char[StackChars];
        for (var k = starts[bucket]; k < starts[bucket + 1]; k++)
        {
            if (IsDeletion(key, words.Chars(entries[k], scratch)))
            {
                found.Add(entries[k]);
            }
        }
    }

    /// <summary>Whether leaving one character out of <paramref name="word"/> gives <paramref name="key"/>.</summary>
    internal static bool IsDeletion(ReadOnlySpan<char> key, ReadOnlySpan<char> word)
    {
        if (word.Length != key.Length + 1)
        {
            return false;
        }

        var prefix = key.CommonPrefixLength(word);
        return word[(prefix + 1)..].SequenceEqual(key[prefix..]);
    }

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> word, int at, Span<char> destination)
    {
        word[..at].CopyTo(destination);
        word[(at + 1)..].CopyTo(destination[at..]);
        return destination[..(word.Length - 1)];
    }

    private static int Bucket(int hash, int count) => (int)(((ulong)(uint)hash * (ulong)count) >> 32);
}
