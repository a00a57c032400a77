using System.Buffers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Extracts dated events from the article paragraphs (not headings or bibliographies), one per event a sentence
/// reports (see <see cref="SentenceEvents"/>), merges the same event told by several articles, and orders them by
/// date, ties in corpus order.
/// </summary>
public sealed class TimelineBuilder(InvertedIndex index)
{
    private const double SameEventOverlap = 0.5;

    public List<TimelineEvent> Build(IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages)
    {
        // Extraction is independent per passage and runs in parallel; merging runs in corpus order, so the result
        // does not depend on scheduling.
        var paragraphs = passages.Where(p => p.Kind == BlockKind.Paragraph).ToArray();
        var found = new List<TimelineEvent>[paragraphs.Length];
        Parallel.For(0, paragraphs.Length, i => found[i] = Extract(articles[paragraphs[i].ArticleOrdinal], paragraphs[i]));

        var events = new List<TimelineEvent>();
        var byDate = new Dictionary<EventDate, List<int>>();
        foreach (var candidate in found.SelectMany(f => f))
        {
            AddOrMerge(events, byDate, candidate with { CorpusOrder = events.Count });
        }

        return [.. events.OrderBy(e => e.Date.Start).ThenBy(e => e.Date.LastYear).ThenBy(e => e.CorpusOrder)];
    }

    private List<TimelineEvent> Extract(Article article, Passage passage)
    {
        var events = new List<TimelineEvent>();
        for (var s = 0; s < passage.Sentences.Count; s++)
        {
            var sentence = passage.Sentences[s];
            if (!DateExtractor.MayHoldDate(article.Text.AsSpan(sentence.Start, sentence.Length), article.Published))
            {
                continue;
            }

            var text = sentence.Slice(article.Text);
            var dates = SentenceEvents.Dates(text, article.Published);
            if (dates.Count == 0)
            {
                continue;
            }

            var terms = SentenceTerms(passage.Ordinal, s);
            var source = new TimelineSource(article.Id, passage.Id, sentence.Start, sentence.Length, text);
            foreach (var date in dates)
            {
                events.Add(new TimelineEvent(date, text, [source], terms, 0));
            }
        }

        return events;
    }

    /// <summary>The sentence's index terms, sorted and distinct, from the passage's token stream (no second analysis).</summary>
    private int[] SentenceTerms(int passage, int sentence)
    {
        var starts = index.SentenceStarts(passage);
        var from = starts[sentence];
        var to = sentence + 1 < starts.Length ? starts[sentence + 1] : int.MaxValue;
        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        var buffer = ArrayPool<int>.Shared.Rent(terms.Length);
        var count = 0;
        for (var t = 0; t < terms.Length; t++)
        {
            if (positions[t] >= from && positions[t] < to)
            {
                buffer[count++] = terms[t];
            }
        }

        var inSentence = buffer.AsSpan(0, count);
        inSentence.Sort();
        var distinct = 0;
        for (var i = 0; i < inSentence.Length; i++)
        {
            if (i == 0 || inSentence[i] != inSentence[i - 1])
            {
                inSentence[distinct++] = inSentence[i];
            }
        }

        var result = inSentence[..distinct].ToArray();
        ArrayPool<int>.Shared.Return(buffer);
        return result;
    }

    private static void AddOrMerge(List<TimelineEvent> events, Dictionary<EventDate, List<int>> byDate, TimelineEvent candidate)
    {
        var sameDate = byDate.TryGetValue(candidate.Date, out var list) ? list : byDate[candidate.Date] = [];
        foreach (var i in sameDate)
        {
            var existing = events[i];
            if (!HasSourceIn(existing, candidate.Sources[0].ArticleId) && Overlap(existing.Terms, candidate.Terms) >= SameEventOverlap)
            {
                events[i] = existing with { Sources = [.. existing.Sources, .. candidate.Sources] };
                return;
            }
        }

        sameDate.Add(events.Count);
        events.Add(candidate);
    }

    private static bool HasSourceIn(TimelineEvent timelineEvent, string articleId)
    {
        var sources = timelineEvent.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].ArticleId == articleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Jaccard overlap of two sorted term sets.</summary>
    internal static double Overlap(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)(a.Length + b.Length - shared);
    }
}
