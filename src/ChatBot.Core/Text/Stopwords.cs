using System.Collections.Frozen;

namespace ChatBot.Core.Text;

/// <summary>
/// Function words that carry no topic. Deliberately not here: "may" (a month), "us" (the U.S.), numbers,
/// and words like "happen" or "say" that the question analysis treats on its own.
/// </summary>
public static class Stopwords
{
    // Frozen: every word of every article and question is looked up here, and a frozen set of short strings finds
    // them by length and a few characters instead of hashing the whole word.
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not",
        "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
        "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "shall", "might", "must",
        "also", "yet", "ever", "s", "t", "d", "ll", "re", "ve", "m", "o", "y", "dont", "doesnt", "didnt", "isnt",
        "wasnt", "arent", "werent", "cant", "wont",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string folded) => Words.Contains(folded);

    public static bool Contains(ReadOnlySpan<char> folded) => WordsBySpan.Contains(folded);
}
