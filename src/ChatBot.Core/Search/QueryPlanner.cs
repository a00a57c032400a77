using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Search;

/// <summary>
/// Turns a query into concepts against an index: lexicon phrases first ("kim jong il"), then single words;
/// each concept gets its own term, its domain aliases, or failing both a one-edit spelling correction.
/// Question scaffolding ("tell me about", "what happened") is not a concept.
/// </summary>
public sealed partial class QueryPlanner(InvertedIndex index, TextAnalyzer analyzer)
{
    private const float SpellingWeight = 0.8f;

    /// <summary>
    /// A lower-case word the corpus never uses is usually the asker's own phrasing ("treat", "worried"), so it
    /// counts for less than an unknown name or number, which means the question is about something absent.
    /// </summary>
    private const float UnknownWordFactor = 0.45f;

    /// <summary>
    /// Shorter words are not spelling-corrected: "told" or "sent" are real words the corpus happens not to use, and
    /// one edit away lie too many unrelated words ("hold", "seen").
    /// </summary>
    private const int MinCorrectableLength = 5;

    private const int MaxAcronymLength = 4;

    /// <summary>An alias at least this strong sets a concept's weight (weaker ones only when there is nothing else).</summary>
    private const float StrongAlias = 0.8f;

    private static readonly HashSet<string> Scaffolding = new(StringComparer.Ordinal)
    {
        "tell", "explain", "describe", "happen", "happened", "happens", "know", "please", "give", "show", "list",
        "summarize", "summarise", "info", "information", "anything", "something", "thing", "things", "kind",
        "sort", "mean", "means", "meant", "exactly", "really", "actually", "like", "get", "got", "go", "went",
        "come", "came", "many", "much", "long", "ago", "name", "names", "year", "years", "date", "dates", "take",
        "took", "place", "occur", "occurred", "reason", "article", "articles", "corpus", "according", "anyone",
        "someone", "people", "person",
    };

    public QueryPlan Plan(string query, QuestionKind kind)
    {
        var tokens = analyzer.Analyze(query);
        var yesNo = YesNoQuestion().IsMatch(query);
        // Sized once: a plan never has more concepts than tokens, and growing the list was most of its cost.
        var concepts = new List<QueryConcept>(tokens.Count);
        // Taken out of its slot while in use: a plan made inside this one (none is today) gets a set of its own.
        var seen = spareSeen ?? new HashSet<string>(StringComparer.Ordinal);
        spareSeen = null;
        var coveredUntil = -1;
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Position <= coveredUntil && !token.IsPhrase)
                {
                    continue;
                }

                if (token.IsPhrase)
                {
                    coveredUntil = token.Position + WordsIn(token.Term) - 1;
                    RemoveAt(concepts, token.Position);
                }
                else if (token.IsStopword || Scaffolding.Contains(token.Surface))
                {
                    continue;
                }

                if (seen.Add(token.Term))
                {
                    concepts.Add(IsUnknownAcronym(query, token)
                        ? new QueryConcept(token.Surface, token.Position, [], UnseenIdf(), ConceptSource.Unknown) { IsName = true }
                        : Concept(token, IsNameOrNumber(query, token), yesNo));
                }
            }
        }
        finally
        {
            // Cleared after each plan so that the set holds no question's words between asks.
            seen.Clear();
            spareSeen = seen;
        }

        if (kind != QuestionKind.Number)
        {
            return new QueryPlan(query, concepts, kind) { IsYesNo = yesNo };
        }

        var counted = CountedPhrase.Find(tokens, concepts);
        return new QueryPlan(query, concepts, kind) { IsYesNo = yesNo, Focus = counted.Focus, CountsUnknownThing = counted.HeadUnknown, CountPredicate = counted.Predicate };
    }

    /// <summary>
    /// The terms a plan has met so far, per thread and reused: a set made for each plan was a tenth of its allocation.
    /// Always empty between plans; null while a plan on this thread holds it.
    /// </summary>
    [ThreadStatic]
    private static HashSet<string>? spareSeen;

    /// <summary>
    /// Removes the concepts at <paramref name="position"/> (a phrase starting there replaces its first word), keeping
    /// the others' order as <c>RemoveAll</c> does — without its lambda, whose closure was made for every token.
    /// </summary>
    private static void RemoveAt(List<QueryConcept> concepts, int position)
    {
        var kept = 0;
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c].Position != position)
            {
                concepts[kept++] = concepts[c];
            }
        }

        concepts.RemoveRange(kept, concepts.Count - kept);
    }

    private static bool IsNameOrNumber(string query, AnalyzedToken token) =>
        char.IsAsciiDigit(query[token.Start]) || (char.IsUpper(query[token.Start]) && (token.Start > 0 || query.AsSpan(token.Start + 1, token.Length - 1).ContainsAnyInRange('A', 'Z')));

    /// <summary>
    /// "UN" asked in capitals is an acronym; if the articles never write it in capitals, its letters matching some
    /// word ("Jong-Un") mean nothing. Lexicon acronyms (DPRK, PM, US) are known by definition. Longer codes and codes
    /// with digits ("TMEM27" for the articles' "Tmem27") are names whatever their case, and match as written.
    /// </summary>
    private bool IsUnknownAcronym(string query, AnalyzedToken token) =>
        !token.IsPhrase && token.Length is >= 2 and <= MaxAcronymLength && query.AsSpan(token.Start, token.Length).IndexOfAnyInRange('a', 'z') < 0
        && query.AsSpan(token.Start, token.Length).IndexOfAnyInRange('0', '9') < 0
        && char.IsLetter(query[token.Start]) && !index.IsAcronym(token.Surface) && analyzer.Lexicon.Expand(token.Term).Count == 0;

    private QueryConcept Concept(AnalyzedToken token, bool isNameOrNumber, bool yesNo)
    {
        var aliases = analyzer.Lexicon.Expand(token.Term);
        // Room for the word or its correction and every alias: a list grown from empty took four slots for one.
        var alternatives = new List<TermAlternative>(1 + aliases.Count);
        var own = index.TermId(token.Term);
        if (own >= 0)
        {
            alternatives.Add(new TermAlternative(own, 1f));
        }

        // Indexed, not foreach: the aliases are an interface, whose enumerator is an object each time.
        for (var a = 0; a < aliases.Count; a++)
        {
            var alias = aliases[a];
            var id = index.TermId(alias.Term);
            if (id >= 0 && !Holds(alternatives, id))
            {
                alternatives.Add(new TermAlternative(id, alias.Weight));
            }
        }

        var source = own >= 0 ? ConceptSource.Exact : alternatives.Count > 0 ? ConceptSource.Alias : ConceptSource.Unknown;
        if (alternatives.Count == 0 && !token.IsPhrase && token.Surface.Length >= MinCorrectableLength && index.SurfaceWords.Correct(token.Surface) is { } corrected)
        {
            alternatives.Add(new TermAlternative(index.SurfaceWords.Terms[corrected], SpellingWeight));
            source = ConceptSource.Spelling;
        }

        var unknownWeight = UnseenIdf() * (isNameOrNumber || yesNo ? 1f : UnknownWordFactor);
        var weight = source switch
        {
            ConceptSource.Unknown => unknownWeight,
            ConceptSource.Spelling => MathF.Min(SynonymIdf(alternatives), unknownWeight),
            _ => SynonymIdf(alternatives),
        };
        return new QueryConcept(token.Surface, token.Position, alternatives, weight, source) { IsName = isNameOrNumber };
    }

    /// <summary>
    /// A concept and its strong synonyms act as one term (as Indri's #syn does): its idf is that of the most
    /// frequent strong alternative, so asking "kidnapped" (rare in the corpus) weighs the same as asking "abducted"
    /// (common). Weak aliases (below 0.8) don't set the weight unless there is nothing else.
    /// </summary>
    private float SynonymIdf(List<TermAlternative> alternatives)
    {
        var anyStrong = false;
        foreach (var alternative in alternatives)
        {
            anyStrong |= alternative.Weight >= StrongAlias;
        }

        // The least idf as Enumerable.Min takes it: the first value, then any lower one; a NaN wins at once.
        var least = float.NaN;
        var first = true;
        foreach (var alternative in alternatives)
        {
            if (anyStrong && alternative.Weight < StrongAlias)
            {
                continue;
            }

            var idf = index.Idf(alternative.TermId);
            if (float.IsNaN(idf))
            {
                return idf;
            }

            (least, first) = (first || idf < least ? idf : least, false);
        }

        return first ? throw new InvalidOperationException("a concept's weight needs at least one alternative") : least;
    }

    private static bool Holds(List<TermAlternative> alternatives, int termId)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.TermId == termId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Did Kim apologise?", "Is the issue solved?": the question hinges on its verb, so no word is discounted.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YesNoQuestion();

    /// <summary>The idf a term would have if it occurred once: what a word the corpus lacks is worth.</summary>
    private float UnseenIdf() => MathF.Log(1f + ((index.PassageCount - 0.5f) / 1.5f));

    private static int WordsIn(string phrase) => phrase.Count(c => c == ' ') + 1;
}
