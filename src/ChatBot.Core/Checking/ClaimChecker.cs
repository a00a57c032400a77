using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Ranking;

namespace ChatBot.Core.Checking;

/// <summary>
/// Checks a chat message against the articles: its check-worthy sentences are each ranked against the corpus by the
/// answer engine (as stated, and without their dates and numbers, so a sentence giving another date is still found),
/// and the best sentences are compared with the claim. The engine's first choice needs less of the claim's words (it
/// also reads meaning: "came home" for "return home"); every other sentence must hold more of them. Sentences that otherwise match it and differ on a date, number,
/// name or negation are quoted as differing; sentences about the same thing with no such difference are quoted as what
/// the articles say; otherwise the claim is not addressed. Every quote is verbatim and cited; nothing is a verdict.
/// </summary>
public sealed partial class ClaimChecker(AnswerEngine engine, ICorpusIndexProvider corpora, ClaimCheckOptions? options = null)
{
    private const float MinWeight = Search.QueryPlan.MinEvidenceWeight;
    private const float MaxWeight = Search.QueryPlan.MaxEvidenceWeight;
    private const float UnknownWeight = 1f;

    private readonly ClaimCheckOptions settings = options ?? ClaimCheckOptions.Default;

    public ClaimCheckOptions Options => settings;

    public MessageCheck Check(string message) => Check(message, corpora.Current);

    public MessageCheck Check(string message, CorpusIndex corpus)
    {
        var claims = ClaimExtractor.Extract(MessageCleaner.Clean(message), corpus.Analyzer, t => corpus.Index.TermId(t) >= 0, settings.MaxClaims);
        var composer = new AnswerComposer(corpus);
        var comparer = new ClaimComparer(corpus.Analyzer, term => Weight(term, corpus));
        var sentences = new Dictionary<(int, int, bool), StatementFacts>();
        List<ClaimCheck> checks = [.. claims.Select(claim => CheckClaim(claim, corpus, comparer, composer, sentences))];
        return new MessageCheck(checks, [.. composer.Citations]);
    }

    private ClaimCheck CheckClaim(string claim, CorpusIndex corpus, ClaimComparer comparer, AnswerComposer composer, Dictionary<(int, int, bool), StatementFacts> sentences)
    {
        var claimFacts = StatementFacts.Of(claim, corpus.Analyzer);
        var readings = Candidates(claim, claimFacts, corpus)
            .Select((s, rank) => (Sentence: s, Rank: rank, Reading: Firm(comparer.Read(claimFacts, FactsOf(s, corpus, false, sentences), FactsOf(s, corpus, true, sentences)))))
            .Where(r => r.Reading.Matched >= settings.MinMatchedTerms && r.Reading.MissingNames == 0
                && (r.Rank == 0 ? r.Reading.Own >= settings.FirstRelatedOwn : r.Reading.Own >= settings.RelatedOwn && r.Reading.Window >= settings.RelatedWindow))
            .ToList();
        var saying = readings.Where(r => r.Reading.Differences.Count == 0
                && (r.Rank == 0 ? r.Reading.Own >= settings.FirstSayingOwn : r.Reading.Own >= settings.SayingOwn && r.Reading.Window >= settings.SayingWindow))
            .OrderByDescending(r => r.Reading.HeldFacts).ThenByDescending(r => r.Reading.Own).ThenBy(r => r.Rank)
            .Take(settings.MaxQuotes).ToList();

        // A sentence stating every date and number of the claim says what the claim says: another sentence giving another
        // date or number is about something else (the second summit, in 2004), and one differing otherwise counts only
        // when it matches the claim at least as well.
        var facts = claimFacts.Dates.Count + claimFacts.Numbers.Count;
        var exact = saying.Where(r => r.Reading.HeldFacts == facts).Select(r => (float?)r.Reading.Own).Max();
        var differing = readings
            .Select(r => (r.Sentence, r.Rank, Reading: exact is not null && facts > 0 ? WithoutDatesAndNumbers(r.Reading) : r.Reading))
            .Where(r => r.Reading.Differences.Count > 0 && (exact is null || r.Reading.Own >= exact))
            .OrderByDescending(r => r.Reading.Own).ThenBy(r => r.Rank)
            .ToList();

        // The sentence nearest the claim leads; another is shown only when it is nearly as near (else it is likely about
        // something else: the decade of the abductions against the year of the admission).
        differing = [.. differing.TakeWhile(r => r.Reading.Own >= differing[0].Reading.Own - settings.DifferingSpread).Take(settings.MaxQuotes)];
        var outcome = differing.Count > 0 ? ClaimOutcome.Differs : saying.Count > 0 ? ClaimOutcome.Quoted : ClaimOutcome.NotAddressed;
        return new ClaimCheck(
            claim,
            outcome,
            [.. differing.Select(r => Quote(composer, r.Sentence, r.Reading.Differences))],
            [.. saying.Select(r => Quote(composer, r.Sentence, []))]);
    }

    /// <summary>
    /// How much a term of the claim counts: its rarity in the corpus (BM25 idf), within the band the engine keeps its
    /// evidence weights to (idf is noisy in a small corpus). A term the corpus never
    /// uses counts in the middle: it is as often a paraphrase's plain word ("took place", "came home") as something new,
    /// and what is new and named is caught as a missing name.
    /// </summary>
    private static float Weight(string term, CorpusIndex corpus) =>
        corpus.Index.TermId(term) is var id and >= 0 ? Math.Clamp(corpus.Index.Idf(id), MinWeight, MaxWeight) : UnknownWeight;

    /// <summary>
    /// A word negated on one side only is a difference only in a sentence that says nearly the same thing: in one that
    /// merely shares the topic, "ban negotiations" against "not to negotiate" is the same thing written two ways.
    /// </summary>
    private SentenceReading Firm(SentenceReading reading) =>
        reading.Own >= settings.SayingOwn || reading.Differences.All(d => d.Kind != DifferenceKind.Negation)
            ? reading
            : reading with { Differences = [.. reading.Differences.Where(d => d.Kind != DifferenceKind.Negation)] };

    private static SentenceReading WithoutDatesAndNumbers(SentenceReading reading) =>
        reading with { Differences = [.. reading.Differences.Where(d => d.Kind is not (DifferenceKind.Date or DifferenceKind.Number))] };

    /// <summary>The best-ranked sentences for the claim as stated and for the claim without its dates and numbers, interleaved, each once.</summary>
    private List<RankedSentence> Candidates(string claim, StatementFacts facts, CorpusIndex corpus)
    {
        var stated = engine.RankSentences(claim, corpus).Take(settings.Candidates).ToList();
        var bare = WithoutFacts(claim, facts);
        var undated = bare == claim ? [] : engine.RankSentences(bare, corpus).Take(settings.Candidates).ToList();
        var seen = new HashSet<(int, int)>();
        var merged = new List<RankedSentence>();
        for (var i = 0; i < Math.Max(stated.Count, undated.Count); i++)
        {
            foreach (var sentence in (IEnumerable<RankedSentence>)[.. stated.Skip(i).Take(1), .. undated.Skip(i).Take(1)])
            {
                if (seen.Add((sentence.Passage.Hit.Passage.Ordinal, sentence.Index)))
                {
                    merged.Add(sentence);
                }
            }
        }

        return merged;
    }

    private static string WithoutFacts(string claim, StatementFacts facts)
    {
        var masked = claim.ToCharArray();
        foreach (var date in facts.Dates)
        {
            Array.Fill(masked, ' ', date.Start, date.Length);
        }

        var text = new string(masked);
        foreach (var number in facts.Numbers)
        {
            text = Regex.Replace(text, $@"(?<![\w.,]){Regex.Escape(number.Surface)}(?![\w])", " ");
        }

        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>A ranked sentence's facts, alone or with the sentences either side of it in its passage.</summary>
    private static StatementFacts FactsOf(RankedSentence sentence, CorpusIndex corpus, bool window, Dictionary<(int, int, bool), StatementFacts> cache)
    {
        var passage = sentence.Passage.Hit.Passage;
        var key = (passage.Ordinal, sentence.Index, window);
        if (cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = corpus.ArticleOf(passage).Text;
        var first = passage.Sentences[Math.Max(0, sentence.Index - 1)];
        var last = passage.Sentences[Math.Min(passage.Sentences.Count - 1, sentence.Index + 1)];
        var facts = StatementFacts.Of(window ? text[first.Start..last.End] : sentence.Text, corpus.Analyzer);
        cache[key] = facts;
        return facts;
    }

    private CheckedQuote Quote(AnswerComposer composer, RankedSentence sentence, IReadOnlyList<Difference> differences)
    {
        var written = composer.Write([new ChosenSentence(sentence.Passage.Hit.Passage, sentence.Index, sentence.Span, sentence.Text)], settings.QuoteWords, _ => true);
        var marker = Marker().Match(written);
        return new CheckedQuote(written, int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), differences);
    }

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
