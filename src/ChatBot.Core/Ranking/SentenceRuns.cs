using System.Buffers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>
/// Which of a passage's sentences the tokenizer reads as a run of the passage's own words, so that numbering the
/// passage numbers them too. It does for a sentence with white space (or the passage's edge) on both sides: the
/// tokenizer's word never takes in white space, and what it looks at beyond a word's characters — the character before
/// a dotted acronym, the one or two after a full stop, comma or apostrophe — is white space or the text's edge either
/// way, which it reads alike. A sentence is then exactly the passage's words that start inside it; any other sentence
/// (no white space at an edge, or a span outside the passage) is read on its own, as every sentence was before.
/// </summary>
internal static class SentenceRuns
{
    /// <summary>The run's two numbers for a sentence read on its own.</summary>
    public const int OnItsOwn = -1;

    /// <summary>
    /// Two numbers a sentence: its first word's place among the passage's words and the place after its last, or
    /// <see cref="OnItsOwn"/> twice. Null when no sentence is a run: none has any, or <paramref name="text"/> (the passage's,
    /// whose words start at <paramref name="starts"/>) is not the article's text there — sentences are read from the article.
    /// </summary>
    public static int[]? Of(Article article, Passage passage, string text, ReadOnlySpan<int> starts) =>
        passage.Sentences.Count == 0 || !IsArticleText(article, passage.Start, text) ? null : Within(passage.Sentences, passage.Start, text, starts);

    /// <summary>
    /// The same for <paramref name="text"/> known to be the article's from <paramref name="passageStart"/> (the build reads
    /// the article itself): two numbers a sentence, <see cref="OnItsOwn"/> twice for one read on its own.
    /// </summary>
    // Optimized at once: the index build runs it on every passage (why: IndexBuilder.Build).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int[] Within(SentenceSpans spans, int passageStart, ReadOnlySpan<char> text, ReadOnlySpan<int> starts)
    {
        var runs = new int[2 * spans.Count];
        for (var s = 0; s < runs.Length / 2; s++)
        {
            var span = spans[s];
            var (from, to) = (span.Start - passageStart, span.Start - passageStart + span.Length);
            var whole = from >= 0 && from <= to && to <= text.Length && IsEdge(text, from - 1) && IsEdge(text, to);
            (runs[2 * s], runs[(2 * s) + 1]) = whole ? (FirstFrom(starts, from), FirstFrom(starts, to)) : (OnItsOwn, OnItsOwn);
        }

        return runs;
    }

    private static bool IsEdge(ReadOnlySpan<char> text, int at) => at < 0 || at >= text.Length || char.IsWhiteSpace(text[at]);

    /// <summary>The place of the first word starting at or after <paramref name="offset"/> (starts ascend).</summary>
    private static int FirstFrom(ReadOnlySpan<int> starts, int offset)
    {
        var (low, high) = (0, starts.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = starts[middle] < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// Whether the article's characters from <paramref name="start"/> are <paramref name="text"/>: a passage of a built or
    /// loaded index is a slice of its article, but one made with text of its own need not be.
    /// </summary>
    private static bool IsArticleText(Article article, int start, string text)
    {
        if (start < 0 || start > article.Content.Length - text.Length)
        {
            return false;
        }

        var characters = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        try
        {
            article.CopyTo(new TextSpan(start, text.Length), characters);
            return characters.AsSpan(0, text.Length).SequenceEqual(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(characters);
        }
    }
}
