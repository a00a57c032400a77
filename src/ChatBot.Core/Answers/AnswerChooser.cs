using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;

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
        var traits = SentenceTraits.For(corpus);
        if (best.LeansOnPrevious && PreviousPlace(corpus, primary) is (var passage, var index)
            && primary.Words + traits.Words(corpus, passage, index) <= options.WordBudget * 1.25)
        {
            var antecedent = At(corpus, passage, index);
            chosen.Insert(0, antecedent);
            holdsFact |= AnyNewFactAt(ranked, antecedent);
        }

        if (wanted && !holdsFact && Typed(ranked, options.Margin) is { } typed && !Contains(chosen, typed))
        {
            var fact = Chosen(typed);
            var before = typed.LeansOnPrevious && !HasPrevious(chosen, fact) ? Previous(corpus, fact) : null;
            if (before is not null && !HasSpan(chosen, before))
            {
                chosen.Add(before);
            }

            chosen.Add(fact);
            holdsFact = true;
        }

        var words = 0;
        foreach (var sentence in chosen)
        {
            words += sentence.Words;
        }

        for (var i = 1; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            if (chosen.Count >= options.MaxSentences || candidate.Score < best.Score - options.Margin)
            {
                break;
            }

            // Checked before the sentence is made, which reads its text: most candidates within the margin do not fit the
            // budget, and their words are counted once for all questions.
            if (Contains(chosen, candidate) || IsReference(candidate)
                || words + traits.Words(candidate) > options.WordBudget
                || (candidate.LeansOnPrevious && !HasPrevious(chosen, candidate.Passage.Hit.Passage, candidate.Index, candidate.Span)))
            {
                continue;
            }

            var next = Chosen(candidate);
            chosen.Add(next);
            words += next.Words;
            holdsFact |= candidate.HasNewFact;
        }

        return new AnswerChoice(ReadingOrder(chosen, primary), holdsFact);
    }

    /// <summary>
    /// The sentence after the first that best holds the asked-for fact: one next to the best sentence, covering enough
    /// of the question or scoring within the margin, the highest by score (plus one next to the best), the earliest of
    /// equals, by <see cref="float.CompareTo(float)"/> — what <c>OrderByDescending(…).FirstOrDefault()</c> picked.
    /// </summary>
    internal static RankedSentence? Typed(IReadOnlyList<RankedSentence> ranked, float margin)
    {
        var best = ranked[0];
        RankedSentence? typed = null;
        var typedKey = 0f;
        for (var i = 1; i < ranked.Count; i++)
        {
            var r = ranked[i];
            if (!r.HasNewFact || IsReference(r) || !(r.IsNextTo(best) || r.Match.Coverage >= TypedCoverage || r.Score >= best.Score - margin))
            {
                continue;
            }

            var key = r.Score + (r.IsNextTo(best) ? 1f : 0f);
            if (typed is null || key.CompareTo(typedKey) > 0)
            {
                (typed, typedKey) = (r, key);
            }
        }

        return typed;
    }

    private static bool AnyNewFactAt(IReadOnlyList<RankedSentence> ranked, ChosenSentence sentence)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].HasNewFact && Same(ranked[i], sentence))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<ChosenSentence> chosen, RankedSentence sentence)
    {
        foreach (var c in chosen)
        {
            if (Same(sentence, c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a chosen sentence is the one just before <paramref name="sentence"/> (what a leaning sentence needs).</summary>
    private static bool HasPrevious(List<ChosenSentence> chosen, ChosenSentence sentence) =>
        HasPrevious(chosen, sentence.Passage, sentence.Index, sentence.Span);

    private static bool HasPrevious(List<ChosenSentence> chosen, Passage passage, int index, TextSpan span)
    {
        foreach (var c in chosen)
        {
            if (c.IsNextTo(passage, index, span) && c.Span.End <= span.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSpan(List<ChosenSentence> chosen, ChosenSentence sentence)
    {
        foreach (var c in chosen)
        {
            if (c.Span == sentence.Span && c.Passage.Ordinal == sentence.Passage.Ordinal)
            {
                return true;
            }
        }

        return false;
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
    internal static ChosenSentence? Previous(CorpusIndex corpus, ChosenSentence sentence) =>
        PreviousPlace(corpus, sentence) is (var passage, var index) ? At(corpus, passage, index) : null;

    /// <summary>Where <see cref="Previous"/> is, without reading its text.</summary>
    private static (Passage Passage, int Index)? PreviousPlace(CorpusIndex corpus, ChosenSentence sentence)
    {
        var passage = sentence.Passage;
        if (sentence.Index > 0)
        {
            return (passage, sentence.Index - 1);
        }

        if (passage.Ordinal == 0 || corpus.Passages[passage.Ordinal - 1] is not { } before || before.ArticleId != passage.ArticleId || before.BlockIndex != passage.BlockIndex)
        {
            return null;
        }

        return (before, before.Sentences.Count - 1);
    }

    private static ChosenSentence At(CorpusIndex corpus, Passage passage, int index)
    {
        var span = passage.Sentences[index];
        return new ChosenSentence(passage, index, span, corpus.ArticleOf(passage).Slice(span));
    }

    /// <summary>The primary sentence's article first; within an article, text order.</summary>
    /// <remarks>
    /// A stable insertion sort (an answer has a handful of sentences) by the article's rank — the primary's 0, any
    /// other's one more than where it first appears — then the start: the order grouping by article in order of first
    /// appearance, the primary's group first, each group by start, gave.
    /// </remarks>
    internal static List<ChosenSentence> ReadingOrder(List<ChosenSentence> chosen, ChosenSentence primary)
    {
        var order = new List<(int Rank, ChosenSentence Sentence)>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
        {
            var sentence = chosen[i];
            var rank = ArticleRank(chosen, i, primary.Passage.ArticleId);
            var at = order.Count;
            while (at > 0 && (order[at - 1].Rank > rank || (order[at - 1].Rank == rank && order[at - 1].Sentence.Span.Start > sentence.Span.Start)))
            {
                at--;
            }

            order.Insert(at, (rank, sentence));
        }

        var result = new List<ChosenSentence>(order.Count);
        foreach (var (_, sentence) in order)
        {
            result.Add(sentence);
        }

        return result;
    }

    private static int ArticleRank(List<ChosenSentence> chosen, int i, string primaryArticle)
    {
        var article = chosen[i].Passage.ArticleId;
        if (article == primaryArticle)
        {
            return 0;
        }

        var first = 0;
        while (chosen[first].Passage.ArticleId != article)
        {
            first++;
        }

        return first + 1;
    }
}
