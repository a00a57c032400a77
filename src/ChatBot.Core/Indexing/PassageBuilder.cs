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

    public static List<Passage> Build(Article article, int articleOrdinal, int firstOrdinal)
    {
        var passages = new List<Passage>();
        string? heading = null;
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                heading = article.BlockText(block);
                continue;
            }

            var sentences = SentenceSplitter.Split(article.Text, block.Start, block.End);
            foreach (var group in Group(article.Text, sentences))
            {
                var start = group[0].Start;
                var end = group[^1].End;
                passages.Add(new Passage
                {
                    Ordinal = firstOrdinal + passages.Count,
                    Id = Passage.MakeId(article.Id, passages.Count + 1),
                    ArticleId = article.Id,
                    ArticleOrdinal = articleOrdinal,
                    BlockIndex = block.Index,
                    Kind = block.Kind,
                    Start = start,
                    Length = end - start,
                    ArticleText = article.Content,
                    Heading = heading,
                    Sentences = group,
                });
            }
        }

        return passages;
    }

    private static IEnumerable<TextSpan[]> Group(string text, List<TextSpan> sentences)
    {
        if (sentences.Count == 0)
        {
            yield break;
        }

        var words = sentences.Select(s => CountWords(text, s)).ToArray();
        var total = words.Sum();
        var parts = Math.Max(1, (int)Math.Round(total / (double)TargetWords, MidpointRounding.AwayFromZero));
        parts = Math.Min(parts, sentences.Count);
        var perPart = total / (double)parts;

        var current = new List<TextSpan>();
        var inCurrent = 0;
        var done = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var remainingSentences = sentences.Count - i;
            var remainingParts = parts - done;
            var wouldOverflow = inCurrent > 0 && inCurrent + (words[i] / 2.0) > perPart;
            if (current.Count > 0 && remainingParts > 1 && (wouldOverflow || remainingSentences < remainingParts))
            {
                yield return [.. current];
                current.Clear();
                inCurrent = 0;
                done++;
            }

            current.Add(sentences[i]);
            inCurrent += words[i];
        }

        yield return [.. current];
    }

    private static int CountWords(string text, TextSpan span)
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
