namespace ChatBot.Core.Indexing;

/// <summary>
/// The corpus's words as written, for spelling tolerance: a query word that is not in the corpus is matched to
/// corpus words one edit away (insertion, deletion, substitution or transposition of adjacent letters). The
/// single-deletion table (SymSpell's idea) is built on first use, so indexing does not pay for it.
/// </summary>
internal sealed class SurfaceVocabulary
{
    private const int MinLength = 4;

    private readonly Dictionary<string, int> byWord;
    private readonly Lazy<Dictionary<string, List<int>>> deletions;

    public SurfaceVocabulary(string[] words, int[] terms, int[] frequencies)
    {
        Words = words;
        Terms = terms;
        Frequencies = frequencies;
        byWord = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            byWord[words[i]] = i;
        }

        deletions = new Lazy<Dictionary<string, List<int>>>(BuildDeletions);
    }

    public string[] Words { get; }

    public int[] Terms { get; }

    public int[] Frequencies { get; }

    public bool Contains(string word) => byWord.ContainsKey(word);

    /// <summary>The most frequent corpus word one edit away from <paramref name="word"/>, if any.</summary>
    public int? Correct(string word)
    {
        if (word.Length < MinLength || byWord.ContainsKey(word) || char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        var table = deletions.Value;
        int? best = null;
        void Consider(int candidate)
        {
            if (IsOneEdit(word, Words[candidate]) && (best is null || Frequencies[candidate] > Frequencies[best.Value]))
            {
                best = candidate;
            }
        }

        if (table.TryGetValue(word, out var longer))
        {
            longer.ForEach(Consider);
        }

        foreach (var deleted in Deletions(word))
        {
            if (byWord.TryGetValue(deleted, out var shorter))
            {
                Consider(shorter);
            }

            if (table.TryGetValue(deleted, out var same))
            {
                same.ForEach(Consider);
            }
        }

        return best;
    }

    private Dictionary<string, List<int>> BuildDeletions()
    {
        var table = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Words.Length; i++)
        {
            if (Words[i].Length < MinLength - 1 || char.IsAsciiDigit(Words[i][0]))
            {
                continue;
            }

            foreach (var deleted in Deletions(Words[i]))
            {
                (table.TryGetValue(deleted, out var list) ? list : table[deleted] = []).Add(i);
            }
        }

        return table;
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>Damerau–Levenshtein distance exactly 1 (adjacent transposition counts as one edit).</summary>
    internal static bool IsOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
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
            var restA = a.AsSpan(prefix + 1);
            var restB = b.AsSpan(prefix + 1);
            var transposed = prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                && a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2));
            return transposed || restA.SequenceEqual(restB);
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
