namespace ChatBot.Core.Ranking;

/// <summary>
/// The distinct word pairs and triples of a question (its words given as numbers below a count), numbered in the
/// order they first occur, and found again by where they start: a pair by its first word, a triple by its first pair.
/// Scoring reads every word of two dozen passages and their sentences against one question, and a hashed look-up of
/// a tuple per matched word was most of what the overlap cost; a question repeats few words, so each list is short.
/// </summary>
internal sealed class WordSequences
{
    private readonly int[] pairStarts;
    private readonly int[] pairSeconds;
    private readonly int[] pairIds;
    private readonly int[] tripleStarts;
    private readonly int[] tripleThirds;
    private readonly int[] tripleIds;

    public WordSequences(IReadOnlyList<int> words, int distinct)
    {
        var pairs = new List<(int First, int Second)>();
        var triples = new List<(int Pair, int Third)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var pair = pairs.IndexOf((words[i], words[i + 1]));
            if (pair < 0)
            {
                pair = pairs.Count;
                pairs.Add((words[i], words[i + 1]));
            }

            if (i + 2 < words.Count && !triples.Contains((pair, words[i + 2])))
            {
                triples.Add((pair, words[i + 2]));
            }
        }

        Bigrams = pairs.Count;
        Trigrams = triples.Count;
        (pairStarts, pairSeconds, pairIds) = Group(pairs, distinct);
        (tripleStarts, tripleThirds, tripleIds) = Group(triples, pairs.Count);
    }

    /// <summary>How many distinct pairs the question holds; their numbers run from 0 to this.</summary>
    public int Bigrams { get; }

    /// <summary>How many distinct triples the question holds; their numbers run from 0 to this.</summary>
    public int Trigrams { get; }

    /// <summary>The number of the pair (first, second), or -1 when the question never has these words in a row.</summary>
    public int Bigram(int first, int second) => Find(pairStarts, pairSeconds, pairIds, first, second);

    /// <summary>The number of the triple made of pair <paramref name="pair"/> and then <paramref name="third"/>, or -1.</summary>
    public int Trigram(int pair, int third) => Find(tripleStarts, tripleThirds, tripleIds, pair, third);

    private static int Find(int[] starts, int[] seconds, int[] ids, int key, int second)
    {
        for (var k = starts[key]; k < starts[key + 1]; k++)
        {
            if (seconds[k] == second)
            {
                return ids[k];
            }
        }

        return -1;
    }

    /// <summary>Entries grouped by key (below <paramref name="keys"/>), each with its number: its place in the list.</summary>
    private static (int[] Starts, int[] Seconds, int[] Ids) Group(List<(int Key, int Second)> entries, int keys)
    {
        var starts = new int[keys + 1];
        foreach (var (key, _) in entries)
        {
            starts[key + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            starts[k + 1] += starts[k];
        }

        var (seconds, ids) = (new int[entries.Count], new int[entries.Count]);
        var filled = new int[keys];
        for (var id = 0; id < entries.Count; id++)
        {
            var (key, second) = entries[id];
            var at = starts[key] + filled[key]++;
            (seconds[at], ids[at]) = (second, id);
        }

        return (starts, seconds, ids);
    }
}
