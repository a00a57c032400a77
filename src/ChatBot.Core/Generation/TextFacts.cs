using System.Text.RegularExpressions;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Generation;

/// <summary>
/// What the groundedness check compares in a sentence: its words (folded), content terms (stemmed, with lexicon
/// phrases), the names (capitalised words), numbers and dates it states, its clauses with their negation, and
/// whether it hedges. Numbers and month names inside a date are checked as the date, not as loose words. Relative
/// dates ("last year") are not read on either side: a date the source only implies is not a date it states.
/// </summary>
internal sealed partial class TextFacts
{
    private TextFacts()
    {
    }

    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>The content terms a claim must find support for: no phrase terms, no neutral words.</summary>
    public List<string> ClaimTerms { get; } = [];

    public List<ClaimFact> Facts { get; } = [];

    public List<EventDate> Dates { get; } = [];

    public List<Clause> Clauses { get; } = [];

    public bool Hedged { get; private set; }

    public static TextFacts Of(string text, TextAnalyzer analyzer)
    {
        var facts = new TextFacts();
        var masked = text.ToCharArray();
        foreach (var date in DateExtractor.Extract(text, published: null))
        {
            facts.Dates.Add(date.Date);
            facts.Facts.Add(new ClaimFact(GroundednessVerdict.MissingDate, text.Substring(date.Start, date.Length), date.Date, TermsOf(text.Substring(date.Start, date.Length), analyzer)));
            Array.Fill(masked, ' ', date.Start, date.Length);
        }

        foreach (var token in analyzer.Analyze(text).Where(t => !t.IsStopword))
        {
            facts.Terms.Add(token.Term);
            if (!token.IsPhrase && !FactWords.IsNeutral(token.Surface) && !facts.ClaimTerms.Contains(token.Term))
            {
                facts.ClaimTerms.Add(token.Term);
            }
        }

        var words = Tokenizer.Tokenize(text);
        facts.Words.UnionWith(words.Select(w => w.Folded));
        facts.Hedged = words.Any(w => FactWords.IsHedge(w.Folded));
        facts.Clauses.AddRange(ClauseBoundary().Split(text).Select(c => new Clause(TermsOf(c, analyzer), Tokenizer.Tokenize(c).Count(w => FactWords.IsNegation(w.Folded)))).Where(c => c.Terms.Count > 0));
        facts.ReadNamesAndNumbers(new string(masked), analyzer);
        return facts;
    }

    private void ReadNamesAndNumbers(string masked, TextAnalyzer analyzer)
    {
        var words = Tokenizer.Tokenize(masked);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Folded;
            if (NumberFacts.IsNumber(word))
            {
                Facts.Add(new ClaimFact(GroundednessVerdict.MissingNumber, word, null, new HashSet<string>([word], StringComparer.Ordinal)));
            }
            else if (char.IsUpper(masked[words[i].Start]) && !Stopwords.Contains(word) && !(i == 0 && FactWords.IsNeutral(word)))
            {
                Facts.Add(new ClaimFact(GroundednessVerdict.MissingName, word, null, new HashSet<string>([analyzer.Term(word)], StringComparer.Ordinal)));
            }
        }
    }

    private static HashSet<string> TermsOf(string text, TextAnalyzer analyzer) =>
        analyzer.Analyze(text).Where(t => !t.IsStopword).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[,;:()]|\s[–—-]\s|\b(?:where|who|whom|which|while|whereas|although|though|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();
}
