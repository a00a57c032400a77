using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;

namespace ChatBot.Core.Answers;

/// <summary>
/// Picks the sentences of an answer from the ranked evidence: the best one, with the sentence before it when it leans
/// on it ("This was…"); when the question wants a kind of fact (a date for "when") the best sentence lacks, the best
/// sentence holding one, preferring the primary's neighbours; then, while the budget lasts, others the ranker scores
/// almost as high. Reading order.
/// </summary>
public static class AnswerChooser
{
    /// <summary>A sentence holding the asked-for fact joins the answer if it covers this much of the question, or sits next to the best sentence.</summary>
    private const float TypedCoverage = 0.35f;

    public static AnswerChoice Choose(CorpusIndex corpus, RankedEvidence evidence, AnswerChoiceOptions options)
    {
        var ranked = evidence.Sentences;
        if (ranked.Count == 0)
        {
            return new AnswerChoice([], false);
        }

        var best = ranked[0];
        var primary = Chosen(best);
        var chosen = new List<ChosenSentence> { primary };
        var wanted = WantsFact(evidence.Question);
        var holdsFact = best.HasNewFact;
        if (best.LeansOnPrevious && Previous(corpus, primary) is { } antecedent && primary.Words + antecedent.Words <= options.WordBudget * 1.25)
        {
            chosen.Insert(0, antecedent);
            holdsFact |= ranked.Any(r => r.HasNewFact && Same(r, antecedent));
        }

        if (wanted && !holdsFact
            && ranked.Skip(1).Where(r => r.HasNewFact && !IsReference(r) && (r.IsNextTo(best) || r.Match.Coverage >= TypedCoverage || r.Score >= best.Score - options.Margin))
                .OrderByDescending(r => r.Score + (r.IsNextTo(best) ? 1f : 0f)).FirstOrDefault() is { } typed
            && !chosen.Any(c => Same(typed, c)))
        {
            var fact = Chosen(typed);
            var before = typed.LeansOnPrevious && !chosen.Any(c => c.IsNextTo(fact) && c.Span.End <= fact.Span.Start) ? Previous(corpus, fact) : null;
            if (before is not null && !chosen.Any(c => c.Span == before.Span && c.Passage.Ordinal == before.Passage.Ordinal))
            {
                chosen.Add(before);
            }

            chosen.Add(fact);
            holdsFact = true;
        }

        var words = chosen.Sum(c => c.Words);
        foreach (var candidate in ranked.Skip(1))
        {
            if (chosen.Count >= options.MaxSentences || candidate.Score < best.Score - options.Margin)
            {
                break;
            }

            var next = Chosen(candidate);
            if (chosen.Any(c => Same(candidate, c)) || IsReference(candidate)
                || words + next.Words > options.WordBudget
                || (candidate.LeansOnPrevious && !chosen.Any(c => c.IsNextTo(next) && c.Span.End <= next.Span.Start)))
            {
                continue;
            }

            chosen.Add(next);
            words += next.Words;
            holdsFact |= candidate.HasNewFact;
        }

        return new AnswerChoice(ReadingOrder(chosen, primary), holdsFact);
    }

    /// <summary>Questions whose answer must state a new fact of the asked kind: a date, a number, a place, or a name asked for by "name".</summary>
    public static bool WantsFact(QuestionProfile question) =>
        question.Wanted != AnswerFeatures.None && NewFacts.IsRequired(question.Kind, question.Plan.Query);

    /// <summary>A bibliography entry may be the best evidence there is, but never joins an answer as a supporting sentence.</summary>
    private static bool IsReference(RankedSentence sentence) => sentence.Passage.Hit.Passage.Kind == Corpus.BlockKind.Reference;

    private static bool Same(RankedSentence ranked, ChosenSentence chosen) =>
        ranked.Passage.Hit.Passage.Ordinal == chosen.Passage.Ordinal && ranked.Index == chosen.Index;

    private static ChosenSentence Chosen(RankedSentence sentence) => new(sentence.Passage.Hit.Passage, sentence.Index, sentence.Span, sentence.Text);

    /// <summary>The sentence before, in the same paragraph: in the same passage, or the last of the passage before.</summary>
    internal static ChosenSentence? Previous(CorpusIndex corpus, ChosenSentence sentence)
    {
        var passage = sentence.Passage;
        if (sentence.Index > 0)
        {
            return At(corpus, passage, sentence.Index - 1);
        }

        if (passage.Ordinal == 0 || corpus.Passages[passage.Ordinal - 1] is not { } before || before.ArticleId != passage.ArticleId || before.BlockIndex != passage.BlockIndex)
        {
            return null;
        }

        return At(corpus, before, before.Sentences.Count - 1);
    }

    private static ChosenSentence At(CorpusIndex corpus, Passage passage, int index)
    {
        var span = passage.Sentences[index];
        return new ChosenSentence(passage, index, span, corpus.ArticleOf(passage).Slice(span));
    }

    /// <summary>The primary sentence's article first; within an article, text order.</summary>
    private static List<ChosenSentence> ReadingOrder(List<ChosenSentence> chosen, ChosenSentence primary) =>
        [.. chosen
            .GroupBy(c => c.Passage.ArticleId)
            .OrderBy(g => g.Key == primary.Passage.ArticleId ? 0 : 1)
            .SelectMany(g => g.OrderBy(c => c.Span.Start))];
}
