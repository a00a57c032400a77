namespace ChatBot.Core.Indexing;

/// <summary>
/// The corpus's words as written, for spelling tolerance: a query word that is not in the corpus is matched to
/// corpus words one edit away (insertion, deletion, substitution or transposition of adjacent letters). The
/// single-deletion table (SymSpell's idea) is built on first use, so indexing does not pay for it.
/// </summary>
internal sealed class SurfaceVocabulary
{
    private const int MinLength = 4;

    // Characters of a word that a correction reads on the stack; a longer word takes an array.
    private const int StackChars = 256;

    private readonly Lazy<SurfaceDeletions> deletions;

    public SurfaceVocabulary(WordTable words, int[] terms, int[] frequencies)
    {
        Words = words;
        Terms = terms;
        Frequencies = frequencies;
        deletions = new Lazy<SurfaceDeletions>(() => SurfaceDeletions.Build(Words, word => word.Length >= MinLength - 1 && !char.IsAsciiDigit(word[0])));
    }

    public WordTable Words { get; }

    public int[] Terms { get; }

    public int[] Frequencies { get; }

    public bool Contains(string word) => Words.Contains(word);

    /// <summary>The most frequent corpus word one edit away from <paramref name="word"/>, if any (the first met on a tie).</summary>
    public int? Correct(string word)
    {
        if (word.Length < MinLength || Words.Contains(word) || char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        var table = deletions.Value;
        var best = -1;
        Span<char> scratch = stackalloc char[StackChars];
        void Consider(int candidate, Span<char> buffer)
        {
            if (IsOneEdit(word, Words.Chars(candidate, buffer)) && (best < 0 || Frequencies[candidate] > Frequencies[best]))
            {
                best = candidate;
            }
        }

        // Candidates in the order the strings' table gave them: words the query is a deletion of, then for each deletion
        // of the query the word it is and the words it is a deletion of.
        var found = new List<int>();
        table.Collect(word, found);
        foreach (var candidate in found)
        {
            Consider(candidate, scratch);
        }

        var deleted = word.Length <= StackChars ? stackalloc char[word.Length - 1] : new char[word.Length - 1];
        for (var i = 0; i < word.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(deleted);
            word.AsSpan(i + 1).CopyTo(deleted[i..]);
            if (Words.IndexOf(deleted) is var shorter and >= 0)
            {
                Consider(shorter, scratch);
            }

            found.Clear();
            table.Collect(deleted, found);
            foreach (var candidate in found)
            {
                Consider(candidate, scratch);
            }
        }

        return best < 0 ? null : best;
    }

    /// <summary>Damerau–Levenshtein distance exactly 1 (adjacent transposition counts as one edit).</summary>
    internal static bool IsOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a.SequenceEqual(b))
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (a.Length == b.Length)
        {
            var restA = a[(prefix + 1)..];
            var restB = b[(prefix + 1)..];
            var transposed = prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]);
            return transposed || restA.SequenceEqual(restB);
        }

        return a.Length > b.Length ? a[(prefix + 1)..].SequenceEqual(b[prefix..]) : b[(prefix + 1)..].SequenceEqual(a[prefix..]);
    }
}
