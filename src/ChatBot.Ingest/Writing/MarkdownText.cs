using System.Text;

namespace ChatBot.Ingest.Writing;

/// <summary>
/// Escapes text so the corpus Markdown reader gives back exactly the same characters: inline markup characters get a
/// backslash, and a block that would start a heading, quote, list or rule is escaped at its start.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '~' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        var escaped = builder.ToString();
        if (escaped.Length > 0 && escaped[0] is '#' or '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        // "1984. The year…" would become a numbered list item.
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits is > 0 and <= 9 && digits < escaped.Length && escaped[digits] is '.' or ')'
            ? escaped[..digits] + "\\" + escaped[digits..]
            : escaped;
    }
}
