using System.Text;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Escapes Discord markdown in plain text from users and articles so it shows as typed: emphasis, code, spoilers,
/// strike-through, masked links, and headings, quotes and lists at the start of a line.
/// </summary>
public static class MarkdownEscaper
{
    private const string AlwaysEscaped = "\\*_~`|";

    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (AlwaysEscaped.Contains(c) || (atLineStart && c is '>' or '#' or '-') || (c == '(' && i > 0 && text[i - 1] == ']'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            atLineStart = c == '\n' || (atLineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text) =>
        text.AsSpan().IndexOfAny("\\*_~`|>#-(") >= 0;
}
