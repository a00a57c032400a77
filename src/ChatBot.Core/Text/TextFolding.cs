using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ChatBot.Core.Text;

/// <summary>Case and diacritic folding: "Tōkyō" and "TOKYO" both become "tokyo".</summary>
public static class TextFolding
{
    private static readonly ConcurrentDictionary<char, string> NonAsciiFolds = new();

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or '´';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '−';

    /// <summary>Appends the folded form of <paramref name="c"/>: lower case, without diacritics.</summary>
    public static void AppendFolded(StringBuilder builder, char c)
    {
        if (c < 0x80)
        {
            builder.Append(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
            return;
        }

        builder.Append(NonAsciiFolds.GetOrAdd(c, FoldSlow));
    }

    /// <summary>The same fold into a reused buffer (the tokenizer's path: no allocation per word).</summary>
    internal static void AppendFolded(WordBuffer buffer, char c)
    {
        if (c < 0x80)
        {
            buffer.Append(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
            return;
        }

        buffer.Append(NonAsciiFolds.GetOrAdd(c, FoldSlow));
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendFolded(builder, c);
        }

        return builder.ToString();
    }

    private static string FoldSlow(char c)
    {
        var decomposed = char.ToString(c).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(d));
            }
        }

        return builder.ToString();
    }
}
