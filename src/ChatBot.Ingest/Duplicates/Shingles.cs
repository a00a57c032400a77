namespace ChatBot.Ingest.Duplicates;

/// <summary>
/// The set of five-word shingles of a text (lower-case words of letters and digits), hashed. Two texts with a high
/// Jaccard similarity of these sets are the same story, whatever the site around it.
/// </summary>
public static class Shingles
{
    public const int Size = 5;

    public static HashSet<ulong> Of(string text)
    {
        var words = Words(text);
        var set = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            set.Add(Hash(words, i));
        }

        return set;
    }

    public static double Jaccard(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count < b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The share of the smaller set found in the larger: a teaser or an excerpt of a stored article scores high.</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count == 0 ? 0 : (double)small.Count(large.Contains) / small.Count;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static ulong Hash(List<string> words, int start)
    {
        // FNV-1a: stable across runs, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + Size; i++)
        {
            foreach (var c in words[i])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }
}
