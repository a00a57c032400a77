using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Scores every sentence of the top passages against the question: weighted coverage, the kind of fact asked for
/// (a "how many" question wants a number right before the thing it counts), the passage's rank, and a gentle
/// penalty for very long sentences that match many words without being about the question.
/// </summary>
internal static class EvidenceCollector
{
    private const float FocusBonus = 0.4f;
    private const int LongSentenceWords = 40;
    private const float AnswerTypeBonus = 0.35f;
    private const float PassageWeight = 0.25f;

    public static List<EvidenceSentence> Collect(CorpusIndex corpus, QueryPlan plan, IReadOnlyList<SearchHit> hits)
    {
        var sentences = new List<EvidenceSentence>();
        if (hits.Count == 0)
        {
            return sentences;
        }

        var concepts = plan.Concepts.Take(64).ToList();
        var wanted = AnswerFeatureDetector.Required(plan.Kind);
        var topScore = hits[0].Score;
        var anchors = plan.Anchors;
        var weights = plan.EvidenceWeights;
        foreach (var hit in hits)
        {
            var passage = hit.Passage;
            var article = corpus.ArticleOf(passage);
            var occurrences = ConceptOccurrences.Find(corpus.Index, passage.Ordinal, concepts);
            var coverage = ConceptOccurrences.Sentences(corpus.Index, passage.Ordinal, occurrences, weights);
            var features = corpus.Index.SentenceFeatures(passage.Ordinal);
            var counted = plan.Kind == QuestionKind.Number ? Counted(corpus.Index, passage.Ordinal, occurrences, plan) : null;
            for (var s = 0; s < coverage.Count; s++)
            {
                var span = passage.Sentences[s];
                var sentenceText = article.Slice(span);
                var own = coverage.Of(s);
                var typed = wanted != AnswerFeatures.None && (features[s] & wanted) != 0 && passage.Kind != BlockKind.Reference
                    && (coverage.Mask(s) & anchors) == anchors
                    && (counted is not null
                        ? counted[s] != Count.None && !plan.CountsUnknownThing && (coverage.Mask(s) & plan.CountPredicate) == plan.CountPredicate && NewFacts.Has(sentenceText, plan.Query, plan.Kind, null)
                        : NewFacts.Has(sentenceText, plan.Query, plan.Kind, article.Published));
                var score = (own * (typed ? 1 + AnswerTypeBonus : 1)) + (PassageWeight * hit.Score / topScore);
                score += typed && counted?[s] == Count.OfFocus ? FocusBonus : 0;
                score /= 1 + (Math.Max(0, SentenceTrimmer.CountWords(sentenceText) - LongSentenceWords) / 80f);
                if (passage.Kind == BlockKind.Reference)
                {
                    score *= 0.5f;
                }

                sentences.Add(new EvidenceSentence(hit, s, span, sentenceText, coverage.Mask(s), own, coverage.Window(s - 1, s + 1), features[s], typed, score)
                {
                    DatePrecisionBonus = typed && plan.Kind == QuestionKind.Date ? DatePrecision(sentenceText, corpus.ArticleOf(passage).Published) : 0,
                });
            }
        }

        sentences.Sort((a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order : a.Hit.Rank.CompareTo(b.Hit.Rank) is var rank && rank != 0 ? rank : a.SentenceIndex.CompareTo(b.SentenceIndex));
        return sentences;
    }

    /// <summary>
    /// Per sentence: whether a number stands within four words of something specific the question mentions ("13
    /// Japanese nationals", "eight of whom were dead", "increased to 90.1 percent"), and whether that is the very thing
    /// a "how many X" question counts.
    /// </summary>
    private static Count[] Counted(InvertedIndex index, int passage, List<(int Position, float Quality)>?[] occurrences, QueryPlan plan)
    {
        var starts = index.SentenceStarts(passage);
        var result = new Count[starts.Length];
        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        for (var t = 0; t < terms.Length; t++)
        {
            if (!index.IsNumber(terms[t]))
            {
                continue;
            }

            var number = positions[t];
            var sentence = SentenceOf(starts, number);
            for (var c = 0; c < occurrences.Length; c++)
            {
                var isFocus = c == plan.Focus;
                if (!isFocus && plan.Concepts[c].Weight < 0.8f)
                {
                    continue;
                }

                foreach (var (position, _) in occurrences[c] ?? [])
                {
                    if (position != number && Math.Abs(position - number) <= 4 && SentenceOf(starts, position) == sentence)
                    {
                        result[sentence] = isFocus && position > number ? Count.OfFocus : (Count)Math.Max((int)result[sentence], (int)Count.NearConcept);
                    }
                }
            }
        }

        return result;
    }

    private static float DatePrecision(string sentence, Corpus.PartialDate? published) =>
        DateExtractor.Extract(sentence, published).Select(d => d.Date.End is not null || d.Date.IsDecade ? 0 : (int)d.Date.Start.Precision).DefaultIfEmpty(0).Max() * 0.1f;

    private static int SentenceOf(ReadOnlySpan<int> starts, int position)
    {
        var sentence = 0;
        while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
        {
            sentence++;
        }

        return sentence;
    }

    private enum Count
    {
        None = 0,
        NearConcept = 1,
        OfFocus = 2,
    }
}
