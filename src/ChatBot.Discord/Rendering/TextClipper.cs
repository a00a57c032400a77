using System.Globalization;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Shortens text to a limit without splitting a character, an escape or a citation marker, preferring the end of a
/// sentence, then of a word, and marks the cut with "…". The result is trimmed, as Discord trims.
/// </summary>
public static class TextClipper
{
    public const string Ellipsis = "…";

    public static string Clip(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return Ellipsis[..Math.Max(0, max)];
        }

        var limit = LastTextElementBoundary(text, max - Ellipsis.Length);
        var cut = PreferredCut(text, limit);
        var kept = text[..cut].TrimEnd();
        kept = DropDanglingEscape(DropPartialMarker(kept));
        return kept + Ellipsis;
    }

    private static int PreferredCut(string text, int limit)
    {
        var floor = limit / 2;
        var sentence = LastSentenceEnd(text, limit);
        if (sentence > floor)
        {
            return sentence;
        }

        var space = text.LastIndexOfAny([' ', '\n', '\t'], Math.Max(0, limit - 1), limit);
        return space > floor ? space : limit;
    }

    private static int LastSentenceEnd(string text, int limit)
    {
        for (var i = limit - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?' or '。'))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastTextElementBoundary(string text, int limit)
    {
        var position = 0;
        while (position < text.Length)
        {
            var next = position + StringInfo.GetNextTextElementLength(text, position);
            if (next > limit)
            {
                break;
            }

            position = next;
        }

        return position;
    }

    /// <summary>A hard cut must not leave "[1" behind: drop an unclosed trailing citation marker.</summary>
    private static string DropPartialMarker(string kept)
    {
        var open = kept.LastIndexOf('[');
        return open >= 0 && kept.IndexOf(']', open) < 0 && kept[(open + 1)..].All(char.IsAsciiDigit) ? kept[..open].TrimEnd() : kept;
    }

    private static string DropDanglingEscape(string kept)
    {
        var backslashes = kept.Length - kept.TrimEnd('\\').Length;
        return backslashes % 2 == 1 ? kept[..^1] : kept;
    }
}
