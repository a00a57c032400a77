using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answers;

/// <summary>Reading the question: its kind, and what of it the corpus cannot know.</summary>
public sealed partial class AnswerEngine
{
    /// <summary>"Who is Choi Sung-Yong?" asks for a description of a named person, not for a name.</summary>
    private static QuestionClassification Refine(QuestionClassification classification, string question) =>
        classification.Kind == QuestionKind.Person && AboutNamedPerson().IsMatch(question)
            ? classification with { Kind = QuestionKind.Description }
            : classification;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*who(’s|'s|\s+is|\s+was|\s+are|\s+were)\s+(?!the\b|a\b|an\b|that\b|this\b)[^'’]*\??\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AboutNamedPerson();

    /// <summary>
    /// A year the articles never print but know otherwise ("in 2018" for an article published in April 2018, or an
    /// event dated from "last year") is not a missing fact; it is left out of the plan instead of counting against it.
    /// </summary>
    private static QueryPlan WithoutKnownYears(QueryPlan plan, CorpusIndex corpus)
    {
        // Most plans keep every concept: the kept list is made only when one is left out.
        var known = corpus.KnownYears;
        var concepts = plan.Concepts;
        List<QueryConcept>? kept = null;
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            var keeps = concept.IsKnown || !known.Contains(concept.Text);
            if (kept is null && !keeps)
            {
                kept = new List<QueryConcept>(concepts.Count);
                for (var before = 0; before < c; before++)
                {
                    kept.Add(concepts[before]);
                }
            }
            else if (kept is not null && keeps)
            {
                kept.Add(concept);
            }
        }

        return kept is null ? plan : plan with { Concepts = kept, Focus = plan.Focus is { } f && f < kept.Count && kept[f] == plan.Concepts[f] ? f : null };
    }

    /// <summary>
    /// What the question asks about that the corpus never mentions, as typed: names and numbers (no answer can be about
    /// them, whatever else matches) and, for a yes/no question, any other word (the articles cannot confirm what they
    /// never say; the nearest they come is still shown).
    /// </summary>
    private static (List<string> Names, List<string> Words) Unmentioned(string question, QueryPlan plan)
    {
        // Tokenised only for a plan with an unknown concept: most questions have none.
        List<RawToken>? words = null;
        var (names, others) = (new List<string>(), new List<string>());
        foreach (var concept in plan.Concepts)
        {
            if (concept.IsKnown)
            {
                continue;
            }

            var token = FirstFolded(words ??= Tokenizer.Tokenize(question), concept.Text);
            var surface = token.Folded is null ? concept.Text : question.Substring(token.Start, token.Length);
            var isName = surface.Length > 1 && char.IsUpper(surface[0]) && (token.Start > 0 || AnyUpper(surface.AsSpan(1)));
            if (isName || char.IsAsciiDigit(surface[0]))
            {
                names.Add(surface);
            }
            else if (plan.IsYesNo && !AsksAChoice().IsMatch(question))
            {
                others.Add(surface);
            }
        }

        return (names, others);
    }

    /// <summary>The first token with this folded text, or the default token (what <c>FirstOrDefault</c> gave).</summary>
    private static RawToken FirstFolded(List<RawToken> words, string folded)
    {
        foreach (var word in words)
        {
            if (word.Folded == folded)
            {
                return word;
            }
        }

        return default;
    }

    private static bool AnyUpper(ReadOnlySpan<char> characters)
    {
        foreach (var c in characters)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Did they stay in Japan or go back?" offers alternatives: the answer is one of them, not yes or no.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bor\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksAChoice();

    /// <summary>
    /// The passages the engine searches for a question, best first after the learned ranker, planned exactly as
    /// <see cref="Answer(string, CorpusIndex)"/> plans them: what an answer generator is given to read.
    /// </summary>
    public IReadOnlyList<SearchHit> Retrieve(string question, CorpusIndex index, int top)
    {
        var context = RetrievalContext.For(index);
        var profile = Read(context, question, Classify(question));
        return [.. RankerFor(profile).RankPassages(context, profile, Math.Max(top, settings.Ranker.Candidates)).Take(top).Select(p => p.Hit with { Rank = p.Rank, Score = p.Score })];
    }
}
