using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

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

    public static List<EvidenceSentence> Collect(CorpusIndex corpus, QueryPlan plan, IReadOnlyList<SearchHit> hits, AnswerEngineOptions options)
    {
        var sentences = new List<EvidenceSentence>();
        if (hits.Count == 0)
        {
            return sentences;
        }

        var concepts = plan.Concepts.Take(64).ToList();
        var wanted = AnswerFeatureDetector.Required(plan.Kind);
        var topScore = hits[0].Score;
        foreach (var hit in hits)
        {
            var passage = hit.Passage;
            var text = corpus.ArticleOf(passage).Text;
            var occurrences = ConceptOccurrences.Find(corpus.Index, passage.Ordinal, concepts);
            var coverage = ConceptOccurrences.Sentences(corpus.Index, passage.Ordinal, occurrences, concepts, plan.TotalWeight);
            var features = corpus.Index.SentenceFeatures(passage.Ordinal);
            var counted = plan.Focus is { } focus ? CountedFocus(corpus.Index, passage.Ordinal, occurrences[focus]) : null;
            for (var s = 0; s < coverage.Count; s++)
            {
                var span = passage.Sentences[s];
                var sentenceText = span.Slice(text);
                var own = coverage.Of(s);
                var typed = wanted != AnswerFeatures.None && (features[s] & wanted) != 0 && NewFacts.Has(sentenceText, plan.Query, plan.Kind, corpus.ArticleOf(passage).Published);
                var score = (own * (typed ? 1 + options.AnswerTypeBonus : 1)) + (options.PassageWeight * hit.Score / topScore);
                score += counted?[s] == true ? FocusBonus : 0;
                score /= 1 + (Math.Max(0, SentenceTrimmer.CountWords(sentenceText) - LongSentenceWords) / 80f);
                if (passage.Kind == BlockKind.Reference)
                {
                    score *= 0.5f;
                }

                sentences.Add(new EvidenceSentence(hit, s, span, sentenceText, coverage.Mask(s), own, coverage.Window(s - 1, s + 1), features[s], typed, score));
            }
        }

        sentences.Sort((a, b) => b.Score.CompareTo(a.Score) is var order && order != 0 ? order : a.Hit.Rank.CompareTo(b.Hit.Rank) is var rank && rank != 0 ? rank : a.SentenceIndex.CompareTo(b.SentenceIndex));
        return sentences;
    }

    /// <summary>Per sentence: whether a number stands within three words before the counted thing ("13 Japanese nationals").</summary>
    private static bool[] CountedFocus(InvertedIndex index, int passage, List<(int Position, float Quality)>? focus)
    {
        var starts = index.SentenceStarts(passage);
        var result = new bool[starts.Length];
        if (focus is null)
        {
            return result;
        }

        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        foreach (var (position, _) in focus)
        {
            for (var t = 0; t < terms.Length; t++)
            {
                if (positions[t] < position && positions[t] >= position - 3 && NumberWords.IsNumber(index.Term(terms[t])))
                {
                    var sentence = 0;
                    while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
                    {
                        sentence++;
                    }

                    result[sentence] = true;
                }
            }
        }

        return result;
    }
}
