using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Cuts each paragraph into passages of whole sentences, about <see cref="TargetWords"/> words each, balanced so a
/// long paragraph does not leave a one-sentence tail. Passages never cross paragraphs.
/// </summary>
public static class PassageBuilder
{
    public const int TargetWords = 90;

    public static List<Passage> Build(Article article, int articleOrdinal, int firstOrdinal) =>
        Build(article, article.Text, articleOrdinal, firstOrdinal);

    /// <summary>The same, reading the article's characters from <paramref name="text"/> (the index build's widened buffer).</summary>
    // Optimized at once, like the build's other per-article methods (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<Passage> Build(Article article, ReadOnlySpan<char> text, int articleOrdinal, int firstOrdinal)
    {
        // The article's passages share one array of sentence spans, each holding its run of it.
        var spans = new List<TextSpan>();
        var made = new List<(TextBlock Block, string? Heading, int First, int Count)>();
        var groups = new List<(int First, int Count)>();
        string? heading = null;
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                heading = article.BlockText(block);
                continue;
            }

            var sentences = SentenceSplitter.Split(text, block.Start, block.End);
            Group(text, sentences, groups);
            foreach (var (first, count) in groups)
            {
                made.Add((block, heading, spans.Count, count));
                spans.AddRange(CollectionsMarshal.AsSpan(sentences).Slice(first, count));
            }
        }

        var all = spans.ToArray();
        var passages = new List<Passage>(made.Count);
        foreach (var (block, blockHeading, first, count) in made)
        {
            var start = all[first].Start;
            var end = all[first + count - 1].End;
            passages.Add(new Passage(
                firstOrdinal + passages.Count, article.Id, passages.Count + 1, articleOrdinal, block.Index, block.Kind, start, end - start, article.Content, blockHeading,
                new SentenceSpans(all, first, count)));
        }

        return passages;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Group(ReadOnlySpan<char> text, List<TextSpan> sentences, List<(int First, int Count)> groups)
    {
        groups.Clear();
        if (sentences.Count == 0)
        {
            return;
        }

        var all = CollectionsMarshal.AsSpan(sentences);
        var words = all.Length <= 256 ? stackalloc int[all.Length] : new int[all.Length];
        var total = 0;
        for (var i = 0; i < all.Length; i++)
        {
            words[i] = CountWords(text, all[i]);
            total += words[i];
        }

        var parts = Math.Max(1, (int)Math.Round(total / (double)TargetWords, MidpointRounding.AwayFromZero));
        parts = Math.Min(parts, all.Length);
        var perPart = total / (double)parts;

        var first = 0;
        var inCurrent = 0;
        var done = 0;
        for (var i = 0; i < all.Length; i++)
        {
            var remainingSentences = all.Length - i;
            var remainingParts = parts - done;
            var wouldOverflow = inCurrent > 0 && inCurrent + (words[i] / 2.0) > perPart;
            if (i > first && remainingParts > 1 && (wouldOverflow || remainingSentences < remainingParts))
            {
                groups.Add((first, i - first));
                first = i;
                inCurrent = 0;
                done++;
            }

            inCurrent += words[i];
        }

        groups.Add((first, all.Length - first));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CountWords(ReadOnlySpan<char> text, TextSpan span)
    {
        var count = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }
}
