using System.Collections.Concurrent;

namespace ChatBot.Core.Text;

/// <summary>
/// Turns text into index terms: tokenise, fold, stem (cached), and add lexicon phrase terms. The same
/// analyzer runs over articles and questions, so both sides always agree on terms.
/// </summary>
public sealed class TextAnalyzer(ITermStemmer stemmer, Lexicon lexicon)
{
    private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    public Lexicon Lexicon => lexicon;

    public ITermStemmer Stemmer => stemmer;

    /// <summary>An analyzer with only the language's own equivalences: what a corpus without a lexicon file is indexed with.</summary>
    public static TextAnalyzer Create(ITermStemmer stemmer) => new(stemmer, Lexicon.Build(EnglishEquivalents.Groups, stemmer));

    /// <summary>The same stemmer with the language's equivalences plus a corpus's own lexicon groups.</summary>
    public TextAnalyzer With(IEnumerable<string> corpusGroups) => new(stemmer, Lexicon.Build([.. EnglishEquivalents.Groups, .. corpusGroups], stemmer));

    public List<AnalyzedToken> Analyze(string text) => Analyze(text, 0, text.Length);

    public List<AnalyzedToken> Analyze(string text, int start, int end)
    {
        var output = new List<AnalyzedToken>();
        Analyze(text, start, end, 0, output);
        return output;
    }

    /// <summary>Appends the tokens of text[start..end) with positions from <paramref name="firstPosition"/>; returns the next free position.</summary>
    public int Analyze(string text, int start, int end, int firstPosition, List<AnalyzedToken> output)
    {
        var raw = Tokenizer.Tokenize(text, start, end);
        var terms = new string[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            terms[i] = Term(raw[i].Folded);
        }

        for (var i = 0; i < raw.Count; i++)
        {
            // A stop word is its own term (TermOf), so a word whose term differs needs no look-up in the stop words.
            var position = firstPosition + i;
            var folded = raw[i].Folded;
            var stopword = string.Equals(terms[i], folded) && Stopwords.Contains(folded);
            output.Add(new AnalyzedToken(terms[i], folded, position, raw[i].Start, raw[i].Length, stopword, IsPhrase: false));
            if (lexicon.MatchPhrase(terms, i) is { } phrase)
            {
                var last = raw[i + phrase.Words - 1];
                output.Add(new AnalyzedToken(phrase.Term, phrase.Term, position, raw[i].Start, last.End - raw[i].Start, IsStopword: false, IsPhrase: true));
            }
        }

        return firstPosition + raw.Count;
    }

    /// <summary>The index term of one folded word.</summary>
    public string Term(string folded) =>
        stems.TryGetValue(folded, out var stem) ? stem : stems.GetOrAdd(folded, static (word, s) => TermOf(word, s), stemmer);

    internal static string TermOf(RawToken token, ITermStemmer stemmer) => TermOf(token.Folded, stemmer);

    internal static string TermOf(string folded, ITermStemmer stemmer) =>
        folded.Length < 3 || char.IsAsciiDigit(folded[0]) || Stopwords.Contains(folded) ? folded : stemmer.Stem(folded);
}
