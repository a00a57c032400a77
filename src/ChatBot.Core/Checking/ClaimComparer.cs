using ChatBot.Core.Generation;
using ChatBot.Core.Text;

namespace ChatBot.Core.Checking;

/// <summary>
/// Compares a claim with one sentence of an article (and the sentences around it): how much of the claim it holds, and
/// the concrete differences — a date that cannot be the claim's, a number stated of the same thing, a name that differs
/// in one word, a word negated on one side only. Nothing here judges whether the claim is true.
/// </summary>
internal sealed class ClaimComparer(TextAnalyzer analyzer, Func<string, float> weight)
{
    /// <summary>Lexicon members of equal standing count as the same word (as in the groundedness check).</summary>
    private const float EqualAlias = 0.85f - 0.001f;

    public SentenceReading Read(StatementFacts claim, StatementFacts sentence, StatementFacts window)
    {
        var differences = new List<Difference>();
        var held = 0;
        held += Dates(claim, sentence, differences);
        held += Numbers(claim, sentence, differences);
        var renamed = Names(claim, sentence, differences);
        Negation(claim, sentence, differences);

        var total = claim.ContentTerms.Sum(weight);
        var own = claim.ContentTerms.Where(t => HasTerm(sentence.Terms, t)).ToList();
        var around = claim.ContentTerms.Where(t => HasTerm(window.Terms, t)).Sum(weight);
        var missingNames = claim.Names.Where(n => !renamed.Contains(n)).SelectMany(n => n.Words).Count(w => !HasName(window.Words, w));
        return total <= 0
            ? new SentenceReading(0, 0, 0, missingNames, held, differences)
            : new SentenceReading(own.Sum(weight) / total, around / total, own.Count, missingNames, held, differences);
    }

    /// <summary>Each claimed date the sentence states too counts as held; when every date it states conflicts, the likest differs.</summary>
    private static int Dates(StatementFacts claim, StatementFacts sentence, List<Difference> differences)
    {
        var held = 0;
        foreach (var claimed in claim.Dates)
        {
            if (sentence.Dates.Any(s => DateSupport.Supports(s.Date, claimed.Date)))
            {
                held++;
            }
            else if (sentence.Dates.Count > 0 && sentence.Dates.All(s => DateComparison.Conflicts(s.Date, claimed.Date)))
            {
                var stated = sentence.Dates.MaxBy(s => DateComparison.Likeness(s.Date, claimed.Date))!;
                differences.Add(new Difference(DifferenceKind.Date, DateSurface(claim.Text, claimed), DateSurface(sentence.Text, stated)));
            }
        }

        return held;
    }

    /// <summary>A claimed number the sentence lacks differs from the sentence's number that stands next to the same words.</summary>
    private int Numbers(StatementFacts claim, StatementFacts sentence, List<Difference> differences)
    {
        var held = 0;
        var claimed = claim.Numbers.SelectMany(n => NumberFacts.Spellings(n.Word)).ToHashSet(StringComparer.Ordinal);
        foreach (var number in claim.Numbers)
        {
            if (NumberFacts.Spellings(number.Word).Any(sentence.Words.Contains))
            {
                held++;
                continue;
            }

            var counterpart = sentence.Numbers
                .Where(n => !claimed.Contains(n.Word))
                .Select(n => (Number: n, Shared: number.Context.Count(t => HasTerm(n.Context, t))))
                .Where(n => n.Shared > 0)
                .OrderByDescending(n => n.Shared)
                .FirstOrDefault();
            if (counterpart.Number is { } stated)
            {
                differences.Add(new Difference(DifferenceKind.Number, number.Surface, stated.Surface));
            }
        }

        return held;
    }

    /// <summary>
    /// A name of two or more words that the sentence does not hold but writes with the same words but one ("Kim Jong Un"
    /// and "Kim Jong Il"; not "Kim Yo Jong", a different person). Returns the claim's names found so.
    /// </summary>
    private static HashSet<NameRun> Names(StatementFacts claim, StatementFacts sentence, List<Difference> differences)
    {
        var renamed = new HashSet<NameRun>();
        foreach (var name in claim.Names.Where(n => n.Words.Count >= 2 && !n.Words.All(w => HasName(sentence.Words, w))))
        {
            var other = sentence.Names.FirstOrDefault(s => s.Words.Count == name.Words.Count
                && !claim.Names.Any(c => SameName(c, s))
                && s.Words.Where((w, i) => !SameWord(w, name.Words[i])).Count() == 1);
            if (other is not null)
            {
                renamed.Add(name);
                differences.Add(new Difference(DifferenceKind.Name, name.Surface, other.Surface));
            }
        }

        return renamed;
    }

    /// <summary>
    /// A word both hold that one negates ("not to negotiate") and the other does not ("to negotiate"). The passage counts
    /// as negating a word when it negates it anywhere; the claim, when it negates it at all.
    /// </summary>
    private void Negation(StatementFacts claim, StatementFacts sentence, List<Difference> differences)
    {
        foreach (var term in claim.ContentTerms.Where(t => HasTerm(sentence.Terms, t)))
        {
            var claimNegates = claim.Negated.TryGetValue(term, out var claimPhrase);
            var sentenceNegates = Negates(sentence, term, out var sentencePhrase);
            if (claimNegates != sentenceNegates)
            {
                differences.Add(new Difference(DifferenceKind.Negation, claimPhrase ?? claim.Written[term], sentencePhrase ?? Written(sentence, term)));
                return;
            }
        }
    }

    private bool Negates(StatementFacts sentence, string term, out string? phrase)
    {
        phrase = sentence.Negated.TryGetValue(term, out var direct) ? direct
            : analyzer.Lexicon.Expand(term).Where(a => a.Weight >= EqualAlias).Select(a => sentence.Negated.GetValueOrDefault(a.Term)).FirstOrDefault(p => p is not null);
        return phrase is not null;
    }

    private string Written(StatementFacts sentence, string term) =>
        sentence.Written.TryGetValue(term, out var word) ? word
        : analyzer.Lexicon.Expand(term).Select(a => sentence.Written.GetValueOrDefault(a.Term)).FirstOrDefault(w => w is not null) ?? term;

    private bool HasTerm(IReadOnlySet<string> terms, string term) =>
        terms.Contains(term) || analyzer.Lexicon.Expand(term).Any(alias => alias.Weight >= EqualAlias && terms.Contains(alias.Term));

    private static bool HasName(IReadOnlySet<string> words, string word) => words.Contains(word) || words.Any(w => SameWord(w, word));

    private static bool SameName(NameRun a, NameRun b) => a.Words.Count == b.Words.Count && a.Words.Select((w, i) => SameWord(w, b.Words[i])).All(same => same);

    /// <summary>"korea" and "korean", "japan" and "japanese": a name and its adjective are one name.</summary>
    private static bool SameWord(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>A date as written, from its first number or month to its last ("1953" of "since the end of the Korean War in 1953").</summary>
    private static string DateSurface(string text, Timeline.DateMention date)
    {
        var words = Tokenizer.Tokenize(text, date.Start, date.Start + date.Length).Where(w => StatementFacts.IsDateWord(w.Folded)).ToList();
        return words.Count == 0 ? text.Substring(date.Start, date.Length).Trim() : text[words[0].Start..words[^1].End];
    }
}
