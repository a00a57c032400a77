using ChatBot.Core.Generation;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Checking;

/// <summary>
/// What a claim check compares in a statement (a claim, or a sentence of an article): the dates, numbers and names it
/// states, its content terms, its words, and the words it negates. Numbers and month names inside a
/// date count as the date only; an in-text citation ("(Hughes, 2002, p.61)") counts as nothing. Relative dates ("last year") are not read: a date a text only implies is not one it states.
/// </summary>
internal sealed class StatementFacts
{
    private const int ContextWords = 2;

    private const int NegationReach = 4;

    /// <summary>The words of a date that are the date: its numbers and month names ("the end of the Korean War in 1953" keeps its other words).</summary>
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private StatementFacts(string text) => Text = text;

    public string Text { get; }

    public List<DateMention> Dates { get; } = [];

    public List<NumberMention> Numbers { get; } = [];

    public List<NameRun> Names { get; } = [];

    /// <summary>Folded words, for names.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Every content term (stems and lexicon phrases), for matching another statement's terms.</summary>
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>The terms a claim is matched on: no phrases, numbers, dates, negations or neutral words; each once.</summary>
    public List<string> ContentTerms { get; } = [];

    /// <summary>Content terms a negation stands right before ("not to negotiate" → negoti), with the words from the negation to the term.</summary>
    public Dictionary<string, string> Negated { get; } = new(StringComparer.Ordinal);

    /// <summary>Each content term as first written.</summary>
    public Dictionary<string, string> Written { get; } = new(StringComparer.Ordinal);

    public static StatementFacts Of(string text, TextAnalyzer analyzer)
    {
        var facts = new StatementFacts(text);
        var masked = text.ToCharArray();
        foreach (System.Text.RegularExpressions.Match citation in CitationPattern.Regex.Matches(text))
        {
            Array.Fill(masked, ' ', citation.Index, citation.Length);
        }

        foreach (var date in DateExtractor.Extract(new string(masked), published: null))
        {
            facts.Dates.Add(date);
            foreach (var word in Tokenizer.Tokenize(text, date.Start, date.Start + date.Length).Where(w => IsDateWord(w.Folded)))
            {
                Array.Fill(masked, ' ', word.Start, word.Length);
            }
        }

        var plain = new string(masked);
        var tokens = analyzer.Analyze(plain).Where(t => !t.IsPhrase).ToList();
        facts.ReadNegations(tokens);
        foreach (var token in analyzer.Analyze(plain).Where(t => !t.IsStopword))
        {
            facts.Terms.Add(token.Term);
            facts.Written.TryAdd(token.Term, text.Substring(token.Start, token.Length));
            if (!token.IsPhrase && !FactWords.IsNeutral(token.Surface) && !FactWords.IsNegation(token.Surface) && !NumberWords.IsNumber(token.Term) && !facts.ContentTerms.Contains(token.Term))
            {
                facts.ContentTerms.Add(token.Term);
            }
        }

        var words = Tokenizer.Tokenize(plain);
        facts.Words.UnionWith(words.Select(w => w.Folded));
        facts.ReadNumbers(words, analyzer);
        facts.ReadNames(plain, words);
        return facts;
    }

    /// <summary>The first content word after each negation (two when the first is an adverb: "never truly know").</summary>
    private void ReadNegations(List<AnalyzedToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FactWords.IsNegation(tokens[i].Surface))
            {
                continue;
            }

            var taken = 0;
            for (var j = i + 1; j < tokens.Count && j <= i + NegationReach && taken < 2; j++)
            {
                if (tokens[j].IsStopword || FactWords.IsNegation(tokens[j].Surface))
                {
                    continue;
                }

                Negated.TryAdd(tokens[j].Term, Text[tokens[i].Start..tokens[j].End]);
                taken = tokens[j].Surface.EndsWith("ly", StringComparison.Ordinal) ? taken + 1 : 2;
            }
        }
    }

    /// <summary>A word that is part of how a date is written: a number ("17", "2002", "1970s") or a month.</summary>
    public static bool IsDateWord(string folded) => folded.Length > 0 && (char.IsAsciiDigit(folded[0]) || Months.Contains(folded));

    private void ReadNumbers(List<RawToken> words, TextAnalyzer analyzer)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (NumberFacts.IsNumber(words[i].Folded) && !IsYear(words[i].Folded))
            {
                var context = Neighbours(words, i, -1).Concat(Neighbours(words, i, 1)).Select(analyzer.Term).ToHashSet(StringComparer.Ordinal);
                Numbers.Add(new NumberMention(words[i].Folded, Text.Substring(words[i].Start, words[i].Length), context));
            }
        }
    }

    /// <summary>The nearest content words on one side of a number, skipping stop words and other numbers.</summary>
    private static IEnumerable<string> Neighbours(List<RawToken> words, int at, int step)
    {
        var found = 0;
        for (var i = at + step; i >= 0 && i < words.Count && found < ContextWords; i += step)
        {
            var word = words[i].Folded;
            if (!Stopwords.Contains(word) && !NumberWords.IsNumber(word) && !FactWords.IsNegation(word))
            {
                found++;
                yield return word;
            }
        }
    }

    /// <summary>Runs of capitalised words; the first word of the text counts only when the next one is capitalised too.</summary>
    private void ReadNames(string plain, List<RawToken> words)
    {
        var run = new List<RawToken>();
        for (var i = 0; i <= words.Count; i++)
        {
            var isName = i < words.Count && IsCapitalised(plain, words[i]) && (i > 0 || (words.Count > 1 && IsCapitalised(plain, words[1])));
            if (isName && (run.Count == 0 || Joined(plain, run[^1], words[i])))
            {
                run.Add(words[i]);
                continue;
            }

            if (run.Count > 0)
            {
                Names.Add(new NameRun([.. run.Select(w => w.Folded)], Text[run[0].Start..run[^1].End]));
                run.Clear();
            }

            if (isName)
            {
                run.Add(words[i]);
            }
        }
    }

    /// <summary>A four-digit year outside any date the extractor read ("the 2002 summit") is a date's word, not a count.</summary>
    private static bool IsYear(string folded) => folded.Length == 4 && int.TryParse(folded, out var year) && year is >= 1000 and <= 2999;

    private static bool IsCapitalised(string text, RawToken word) =>
        char.IsUpper(text[word.Start]) && !Stopwords.Contains(word.Folded) && !NumberWords.IsNumber(word.Folded) && !FactWords.IsNeutral(word.Folded);

    private static bool Joined(string text, RawToken previous, RawToken next) =>
        text.AsSpan(previous.End, next.Start - previous.End).Trim() is { Length: 0 } or "-" or "‐" or "‑";
}
