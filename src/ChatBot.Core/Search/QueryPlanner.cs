using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Search;

/// <summary>
/// Turns a query into concepts against an index: lexicon phrases first ("kim jong il"), then single words;
/// each concept gets its own term, its domain aliases, or failing both a one-edit spelling correction.
/// Question scaffolding ("tell me about", "what happened") is not a concept.
/// </summary>
public sealed class QueryPlanner(InvertedIndex index, TextAnalyzer analyzer)
{
    private const float SpellingWeight = 0.8f;

    private static readonly HashSet<string> Scaffolding = new(StringComparer.Ordinal)
    {
        "tell", "explain", "describe", "happen", "happened", "happens", "know", "please", "give", "show", "list",
        "summarize", "summarise", "info", "information", "anything", "something", "thing", "things", "kind",
        "sort", "mean", "means", "meant", "exactly", "really", "actually", "like", "get", "got", "go", "went",
        "come", "came", "many", "much", "long", "ago", "name", "names", "year", "years", "date", "dates", "take",
        "took", "place", "occur", "occurred", "reason", "article", "articles", "corpus", "say", "says", "said",
        "according", "anyone", "someone", "people", "person",
    };

    public QueryPlan Plan(string query, QuestionKind kind)
    {
        var tokens = analyzer.Analyze(query);
        var concepts = new List<QueryConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var coveredUntil = -1;
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
                concepts.RemoveAll(c => c.Position == token.Position);
            }
            else if (token.IsStopword || Scaffolding.Contains(token.Surface))
            {
                continue;
            }

            if (seen.Add(token.Term))
            {
                concepts.Add(Concept(token));
            }
        }

        return new QueryPlan(query, concepts, kind);
    }

    private QueryConcept Concept(AnalyzedToken token)
    {
        var alternatives = new List<TermAlternative>();
        var own = index.TermId(token.Term);
        if (own >= 0)
        {
            alternatives.Add(new TermAlternative(own, 1f));
        }

        foreach (var alias in analyzer.Lexicon.Expand(token.Term))
        {
            var id = index.TermId(alias.Term);
            if (id >= 0 && alternatives.All(a => a.TermId != id))
            {
                alternatives.Add(new TermAlternative(id, alias.Weight));
            }
        }

        var source = own >= 0 ? ConceptSource.Exact : alternatives.Count > 0 ? ConceptSource.Alias : ConceptSource.Unknown;
        if (alternatives.Count == 0 && !token.IsPhrase && index.SurfaceWords.Correct(token.Surface) is { } corrected)
        {
            alternatives.Add(new TermAlternative(index.SurfaceWords.Terms[corrected], SpellingWeight));
            source = ConceptSource.Spelling;
        }

        var weight = alternatives.Count == 0
            ? UnseenIdf()
            : alternatives.Max(a => a.Weight * index.Idf(a.TermId));
        return new QueryConcept(token.Surface, token.Position, alternatives, weight, source);
    }

    /// <summary>The idf a term would have if it occurred once: what a word the corpus lacks is worth.</summary>
    private float UnseenIdf() => MathF.Log(1f + ((index.PassageCount - 0.5f) / 1.5f));

    private static int WordsIn(string phrase) => phrase.Count(c => c == ' ') + 1;
}
