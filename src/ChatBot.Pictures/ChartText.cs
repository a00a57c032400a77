using System.Text;

namespace ChatBot.Pictures;

/// <summary>Text as the picture draws it: characters the embedded font lacks become "?", and lines wrap at words.</summary>
internal static class ChartText
{
    public const string Ellipsis = "…";

    /// <summary>One line of plain text: controls and line breaks become spaces, runs of spaces one, missing glyphs "?".</summary>
    public static string Clean(string? text, Func<int, bool> hasGlyph)
    {
        var builder = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            var space = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune);
            if (space)
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }
            else
            {
                builder.Append(hasGlyph(rune.Value) ? rune.ToString() : "?");
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// Wraps at spaces into at most <paramref name="maxLines"/> lines no wider than <paramref name="width"/>; what does
    /// not fit ends the last line with an ellipsis. A word wider than a line is cut.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float width, int maxLines, Func<string, float> measure)
    {
        var lines = new List<string>();
        var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        while (words.Count > 0 && lines.Count < maxLines)
        {
            var line = Cut(words.Dequeue(), width, measure);
            while (words.Count > 0 && measure(line + " " + words.Peek()) <= width)
            {
                line += " " + words.Dequeue();
            }

            lines.Add(line);
        }

        if (words.Count > 0 && lines.Count > 0)
        {
            lines[^1] = Ellipsize(lines[^1], width, measure);
        }

        return lines;
    }

    private static string Cut(string word, float width, Func<string, float> measure)
    {
        if (measure(word) <= width)
        {
            return word;
        }

        var length = word.Length;
        while (length > 1 && measure(word[..length] + Ellipsis) > width)
        {
            length--;
        }

        return word[..length] + Ellipsis;
    }

    private static string Ellipsize(string line, float width, Func<string, float> measure)
    {
        var text = line;
        while (text.Length > 0 && measure(text + Ellipsis) > width)
        {
            var space = text.LastIndexOf(' ');
            text = space > 0 ? text[..space] : text[..^1];
        }

        return text.TrimEnd(' ', ',', ';', ':') + Ellipsis;
    }
}
