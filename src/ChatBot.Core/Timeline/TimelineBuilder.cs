using System.Buffers;
using System.Runtime.CompilerServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Extracts dated events from the article paragraphs (not headings or bibliographies), one per event a sentence
/// reports (see <see cref="SentenceEvents"/>), merges the same event told by several articles, and orders them by
/// date, ties in corpus order.
/// </summary>
public sealed class TimelineBuilder
{
    private readonly InvertedIndex? index;
    private readonly IReadOnlyList<PassageTerms>? built;

    /// <summary>
    /// From a built index (its token stream and sentence starts), dating every sentence again. The product no longer
    /// takes this route (the index build finds the events itself); it is kept as the reference the tests hold the build's
    /// timeline to, and the benchmark's timeline phase.
    /// </summary>
    public TimelineBuilder(InvertedIndex index) => this.index = index;

    /// <summary>
    /// From the passages' terms the index build lays its token stream out from (renumbered, by passage ordinal): the
    /// same numbers the index then holds, so the build can find the events beside the postings' layout.
    /// </summary>
    internal TimelineBuilder(IReadOnlyList<PassageTerms> built) => this.built = built;

    public List<TimelineEvent> Build(IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages)
    {
        // Extraction is independent per passage and runs in parallel; the merge gives what one pass in corpus order
        // would (see TimelineMerge), so the result does not depend on scheduling.
        var dated = new List<DatedSentence>?[passages.Count];
        Parallel.For(0, passages.Count, i =>
        {
            var passage = passages[i];
            var article = articles[passage.ArticleOrdinal];
            dated[i] = passage.Kind == BlockKind.Paragraph ? Dated(article.Text, article.Published, passage) : null;
        });
        return Build(articles, passages, dated);
    }

    /// <summary>
    /// The timeline from sentences already dated (<see cref="Dated"/>, by passage ordinal): the index build dates them
    /// while it reads each article, so the article's text is not widened again for the timeline.
    /// </summary>
    internal List<TimelineEvent> Build(IReadOnlyList<Article> articles, IReadOnlyList<Passage> passages, List<DatedSentence>?[] dated)
    {
        var found = new List<TimelineEvent>?[passages.Count];
        Parallel.For(0, passages.Count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) => found[i] = dated[i] is { } sentences ? Events(articles[passages[i].ArticleOrdinal], passages[i], sentences) : null);

        var candidates = new List<TimelineEvent>(found.Sum(events => events?.Count ?? 0));
        foreach (var events in found)
        {
            candidates.AddRange(events ?? []);
        }

        var merged = TimelineMerge.Merge(candidates);
        return Chronological(merged);
    }

    /// <summary>
    /// By date, then the last year it may fall in, then corpus order (unique, so the order is total). The keys are read
    /// once into an array and sorted there: a comparison that reads them from the events goes to memory each time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TimelineEvent> Chronological(List<TimelineEvent> events)
    {
        var keys = new (int Start, int LastYear, int CorpusOrder)[events.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var date = events[i].Date;
            keys[i] = (date.Start.SortKey, date.LastYear, i);
        }

        Array.Sort(keys);
        var ordered = new List<TimelineEvent>(keys.Length);
        foreach (var key in keys)
        {
            ordered.Add(events[key.CorpusOrder]);
        }

        return ordered;
    }

    /// <summary>
    /// The sentences of a paragraph passage that date events, with their dates; null for a passage that dates none
    /// or is not a paragraph. <paramref name="text"/> is the article's text.
    /// </summary>
    // Optimized at once, like the build's other per-article methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<DatedSentence>? Dated(ReadOnlySpan<char> text, PartialDate? published, Passage passage)
    {
        if (passage.Kind != BlockKind.Paragraph)
        {
            return null;
        }

        List<DatedSentence>? dated = null;
        for (var s = 0; s < passage.Sentences.Count; s++)
        {
            var sentence = passage.Sentences[s];
            var characters = text.Slice(sentence.Start, sentence.Length);
            if (!DateExtractor.MayHoldDate(characters, published))
            {
                continue;
            }

            var dates = SentenceEvents.Dates(characters, text: null, published);
            if (dates.Count > 0)
            {
                (dated ??= []).Add(new DatedSentence(s, dates));
            }
        }

        return dated;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<TimelineEvent> Events(Article article, Passage passage, List<DatedSentence> dated)
    {
        var count = 0;
        foreach (var sentence in dated)
        {
            count += sentence.Dates.Count;
        }

        var events = new List<TimelineEvent>(count);
        var passageId = passage.Id;
        foreach (var (s, dates) in dated)
        {
            var sentence = passage.Sentences[s];
            var terms = SentenceTerms(passage.Ordinal, s);
            // The quote is this very slice: holding it, not a string, keeps the built index as lean as a loaded one.
            var text = SentenceText.Slice(article.Content, sentence.Start, sentence.Length);
            var source = new TimelineSource(article.Id, passageId, sentence.Start, sentence.Length, text);
            // By index: a foreach over the read-only list would box its enumerator once a sentence.
            for (var d = 0; d < dates.Count; d++)
            {
                events.Add(new TimelineEvent(dates[d], text, [source], terms, 0));
            }
        }

        return events;
    }

    /// <summary>The sentence's index terms, sorted and distinct, from the passage's token stream (no second analysis).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] SentenceTerms(int passage, int sentence)
    {
        if (built is not null)
        {
            var terms = built[passage];
            return SentenceTerms(terms.SentenceStarts, sentence, new NarrowIntSpan(terms.BodyTerms.AsSpan()), new NarrowIntSpan(terms.BodyPositions.AsSpan()));
        }

        return SentenceTerms(index!.SentenceStarts(passage), sentence, index.PassageTerms(passage), index.PassagePositions(passage));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] SentenceTerms(ReadOnlySpan<int> starts, int sentence, NarrowIntSpan terms, NarrowIntSpan positions)
    {
        var from = starts[sentence];
        var to = sentence + 1 < starts.Length ? starts[sentence + 1] : int.MaxValue;
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
}
