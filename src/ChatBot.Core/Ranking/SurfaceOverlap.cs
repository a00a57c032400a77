using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The question's own word sequences (folded, stop words included, the question word left out), and how many of
/// them a sentence repeats: people asking about a text reuse its phrases ("was born in", "the first to").
/// </summary>
public sealed class SurfaceOverlap
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "is", "was", "were", "are",
    };

    private readonly string[] words;
    private readonly HashSet<(string, string)> bigrams = [];
    private readonly HashSet<(string, string, string)> trigrams = [];

    public SurfaceOverlap(string question)
    {
        words = [.. Tokenizer.Tokenize(question).Select(t => t.Folded).Where(w => !QuestionWords.Contains(w))];
        for (var i = 0; i + 1 < words.Length; i++)
        {
            bigrams.Add((words[i], words[i + 1]));
            if (i + 2 < words.Length)
            {
                trigrams.Add((words[i], words[i + 1], words[i + 2]));
            }
        }
    }

    /// <summary>Shares of the question's words, bigrams and trigrams the text holds, and its longest shared run of words.</summary>
    public (float Words, float Bigrams, float Trigrams, float LongestRun) Measure(string text)
    {
        if (words.Length == 0)
        {
            return (0, 0, 0, 0);
        }

        var tokens = Tokenizer.Tokenize(text);
        var seenWords = new HashSet<string>(StringComparer.Ordinal);
        var seenBigrams = new HashSet<(string, string)>();
        var seenTrigrams = new HashSet<(string, string, string)>();
        int run = 0, longest = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            seenWords.Add(word);
            var pair = i > 0 && bigrams.Contains((tokens[i - 1].Folded, word));
            if (pair)
            {
                seenBigrams.Add((tokens[i - 1].Folded, word));
                run++;
                longest = Math.Max(longest, run);
            }
            else
            {
                run = 0;
            }

            if (i > 1 && trigrams.Contains((tokens[i - 2].Folded, tokens[i - 1].Folded, word)))
            {
                seenTrigrams.Add((tokens[i - 2].Folded, tokens[i - 1].Folded, word));
            }
        }

        var wordShare = words.Count(seenWords.Contains) / (float)words.Length;
        return (wordShare, bigrams.Count == 0 ? 0 : seenBigrams.Count / (float)bigrams.Count, trigrams.Count == 0 ? 0 : seenTrigrams.Count / (float)trigrams.Count, (longest + (longest > 0 ? 1 : 0)) / (float)words.Length);
    }
}
