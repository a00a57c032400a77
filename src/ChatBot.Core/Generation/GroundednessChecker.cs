using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Generation;

/// <summary>
/// Decides, sentence by sentence, whether a generated answer says only what the passages it cites say. A sentence
/// is kept only when it ends with markers naming passages the model was given; for each cited passage the check
/// picks the run of up to <see cref="GroundednessOptions.MaxQuoteSentences"/> consecutive sentences that supports it
/// best, and against those runs: every name, number and date appears (in a sentence about the same thing); enough of its content words appear (stems,
/// and aliases of equal standing from the lexicon) and few are new; each of several citations contributes; it
/// negates exactly when its closest source sentence does; and it keeps the source's hedge ("claimed", "believed").
/// </summary>
public sealed class GroundednessChecker(TextAnalyzer analyzer, GroundednessOptions? options = null)
{
    /// <summary>Lexicon members of equal standing expand to each other at this weight; weaker aliases don't count.</summary>
    private const float EqualAlias = 0.85f - 0.001f;

    private const int AnchorTerms = 2;

    private readonly GroundednessOptions settings = options ?? GroundednessOptions.Default;

    public GroundednessOptions Options => settings;

    public IReadOnlyList<CheckedSentence> Check(IReadOnlyList<GeneratedSentence> sentences, IReadOnlyList<NumberedPassage> passages, CorpusIndex corpus)
    {
        var given = passages.ToDictionary(p => p.N);
        var sources = new Dictionary<int, List<TextFacts>>();
        List<TextFacts> SentencesOf(int n) => sources.TryGetValue(n, out var facts) ? facts : sources[n] = [.. Sentences(given[n].Passage, corpus).Select(s => TextFacts.Of(s, analyzer))];
        return [.. sentences.Select(s => Check(s, given, SentencesOf))];
    }

    private CheckedSentence Check(GeneratedSentence sentence, Dictionary<int, NumberedPassage> given, Func<int, List<TextFacts>> sentencesOf)
    {
        if (sentence.Citations.Count == 0)
        {
            return new(sentence, GroundednessVerdict.NoCitation, []);
        }

        if (sentence.Citations.Any(n => !given.ContainsKey(n)))
        {
            return new(sentence, GroundednessVerdict.UnknownCitation, []);
        }

        var claim = TextFacts.Of(sentence.Text, analyzer);
        if (claim.ClaimTerms.Count == 0)
        {
            return new(sentence, GroundednessVerdict.NoContent, []);
        }

        var windows = sentence.Citations.Distinct().Select(n => BestWindow(claim, given[n], sentencesOf(n))).ToList();
        var verdict = Judge(claim, windows);
        return new(sentence, verdict, verdict == GroundednessVerdict.Supported ? [.. windows.Select(w => w.Window)] : []);
    }

    private GroundednessVerdict Judge(TextFacts claim, List<(SupportWindow Window, List<TextFacts> Sentences)> windows)
    {
        var facts = windows.SelectMany(w => w.Sentences).ToList();
        var matched = Matched(claim, facts);
        var closest = facts.MaxBy(f => Matched(claim, [f]))!;
        return true switch
        {
            _ when claim.Facts.FirstOrDefault(fact => !facts.Any(f => Holds(claim, fact, f))) is { } missing => missing.Kind,
            _ when matched < settings.MinOverlap * claim.ClaimTerms.Count || claim.ClaimTerms.Count - matched > settings.MaxUnsupportedTerms => GroundednessVerdict.LowOverlap,
            _ when windows.Count > 1 && windows.Any(w => Matched(claim, w.Sentences) < settings.MinShareEachCitation * claim.ClaimTerms.Count) => GroundednessVerdict.UnrelatedCitation,
            _ when !SamePolarity(claim, facts) => GroundednessVerdict.Polarity,
            _ when closest.Hedged && !claim.Hedged => GroundednessVerdict.DroppedHedge,
            _ => GroundednessVerdict.Supported,
        };
    }

    /// <summary>
    /// The run of consecutive sentences with the fewest missing names, numbers and dates, then the most content
    /// words, then the fewest sentences: a quote grows only when the claim needs the next sentence.
    /// </summary>
    private (SupportWindow Window, List<TextFacts> Sentences) BestWindow(TextFacts claim, NumberedPassage given, List<TextFacts> sentences)
    {
        var best = (First: 0, Last: 0, Missing: int.MaxValue, Matched: -1);
        for (var first = 0; first < sentences.Count; first++)
        {
            for (var last = first; last < sentences.Count && last - first < settings.MaxQuoteSentences; last++)
            {
                var run = sentences.GetRange(first, last - first + 1);
                var missing = claim.Facts.Count(fact => !run.Any(f => Holds(claim, fact, f)));
                var matched = Matched(claim, run);
                if (missing < best.Missing || (missing == best.Missing && (matched > best.Matched || (matched == best.Matched && last - first < best.Last - best.First))))
                {
                    best = (first, last, missing, matched);
                }
            }
        }

        var spans = given.Passage.Sentences;
        var window = new SupportWindow(given.N, given.Passage, best.First, best.Last, spans[best.First].Start, spans[best.Last].End);
        return (window, sentences.GetRange(best.First, best.Last - best.First + 1));
    }

    /// <summary>
    /// A name, number or date holds in a source sentence that states it and also shares content with the claim
    /// (two of its other content words, or all if it has fewer), so "In 2002, X" is not supported by X stated of
    /// another year next to an unrelated sentence about 2002.
    /// </summary>
    private bool Holds(TextFacts claim, ClaimFact fact, TextFacts sentence)
    {
        var stated = fact.Kind switch
        {
            GroundednessVerdict.MissingName => sentence.Words.Contains(fact.Word) || fact.Terms.Any(t => HasTerm(sentence.Terms, t)),
            GroundednessVerdict.MissingNumber => NumberFacts.Spellings(fact.Word).Any(sentence.Words.Contains),
            _ => sentence.Dates.Any(d => DateSupport.Supports(d, fact.Date!)),
        };
        var others = claim.ClaimTerms.Where(t => !fact.Terms.Contains(t)).ToList();
        return stated && others.Count(t => HasTerm(sentence.Terms, t)) >= Math.Min(AnchorTerms, others.Count);
    }

    /// <summary>Each clause of the claim negates as often as the source clause closest to it.</summary>
    private bool SamePolarity(TextFacts claim, List<TextFacts> facts)
    {
        var sourceClauses = facts.SelectMany(f => f.Clauses).ToList();
        foreach (var clause in claim.Clauses)
        {
            var closest = sourceClauses.Select(c => (Clause: c, Shared: clause.Terms.Count(t => HasTerm(c.Terms, t)))).MaxBy(c => c.Shared);
            if (closest.Shared > 0 && closest.Clause.Negations != clause.Negations)
            {
                return false;
            }
        }

        return true;
    }

    private int Matched(TextFacts claim, List<TextFacts> facts) => claim.ClaimTerms.Count(term => facts.Any(f => HasTerm(f.Terms, term)));

    private bool HasTerm(IReadOnlySet<string> terms, string term) =>
        terms.Contains(term) || analyzer.Lexicon.Expand(term).Any(alias => alias.Weight >= EqualAlias && terms.Contains(alias.Term));

    private static IEnumerable<string> Sentences(Passage passage, CorpusIndex corpus)
    {
        var text = corpus.ArticleOf(passage).Text;
        return passage.Sentences.Select(span => span.Slice(text));
    }
}
