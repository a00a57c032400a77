using System.Text;

namespace ChatBot.Ingest.Extraction;

/// <summary>Collapses whitespace runs (including non-breaking spaces) to one space, so text compares and quotes verbatim.</summary>
internal static class TextNormalizer
{
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
