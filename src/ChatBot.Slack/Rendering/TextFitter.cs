namespace ChatBot.Slack.Rendering;

/// <summary>
/// Shortens escaped mrkdwn to a limit without cutting through an entity (&amp;amp;), a citation marker ([12]) or
/// a surrogate pair; prefers paragraph, sentence and word boundaries.
/// </summary>
internal static class TextFitter
{
    private const string Ellipsis = "…";

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Cut(text, max - Ellipsis.Length);
        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Splits text into at most <paramref name="maxChunks"/> pieces of at most <paramref name="max"/> characters; the last one is truncated if needed.</summary>
    public static List<string> Chunk(string text, int max, int maxChunks)
    {
        var chunks = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            if (rest.Length <= max || chunks.Count == maxChunks - 1)
            {
                chunks.Add(Truncate(rest, max));
                break;
            }

            var cut = Cut(rest, max);
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        return chunks;
    }

    private static int Cut(string text, int limit)
    {
        var floor = limit * 6 / 10;
        var paragraph = text.LastIndexOf("\n\n", limit, StringComparison.Ordinal);
        if (paragraph >= floor)
        {
            return paragraph;
        }

        var sentence = LastSentenceEnd(text, limit);
        if (sentence >= floor)
        {
            return sentence;
        }

        var space = text.AsSpan(0, limit + 1).LastIndexOfAny(' ', '\n', '\t');
        return space >= floor ? space : HardCut(text, limit);
    }

    private static int LastSentenceEnd(string text, int limit)
    {
        for (var i = limit; i > 0; i--)
        {
            if (i < text.Length && char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?' or ']')
            {
                return i;
            }
        }

        return -1;
    }

    private static int HardCut(string text, int limit)
    {
        var cut = Math.Max(limit, 1);
        cut = BackOffOpen(text, cut, '&', ';', 8);
        cut = BackOffOpen(text, cut, '[', ']', 6);
        if (cut > 1 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return Math.Max(cut, 1);
    }

    private static int BackOffOpen(string text, int cut, char open, char close, int window)
    {
        var start = Math.Max(0, cut - window);
        var opened = text.LastIndexOf(open, cut - 1, cut - start);
        if (opened <= 0)
        {
            return cut;
        }

        var closed = text.IndexOf(close, opened);
        return closed < 0 || closed >= cut ? opened : cut;
    }
}
