using System.Globalization;
using System.Text;

namespace ChatBot.Core.Text;

/// <summary>
/// Characters that show nothing yet change what the reader sees: format characters (zero-width joiners and
/// non-joiners, the word joiner, bidirectional embeddings, overrides and isolates, tag characters), controls
/// other than whitespace, private-use and unassigned code points. Questions and corpus text are cleaned with this
/// one rule, so a reply shows what its words say. Whitespace is never invisible: it separates words.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary>For one UTF-16 unit: a surrogate half on its own means nothing and counts as invisible.</summary>
    public static bool IsInvisible(char c) =>
        c == '\0' || char.IsSurrogate(c) || (!char.IsWhiteSpace(c) && IsInvisible(CharUnicodeInfo.GetUnicodeCategory(c)));

    public static bool IsInvisible(Rune rune) => rune.Value == 0 || (!Rune.IsWhiteSpace(rune) && IsInvisible(Rune.GetUnicodeCategory(rune)));

    /// <summary>
    /// Removes every invisible character from <paramref name="text"/>, keeping well-formed surrogate pairs of visible
    /// characters (emoji, rare kanji) and dropping lone surrogate halves.
    /// </summary>
    public static string Remove(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (Rune.TryGetRuneAt(text, i, out var rune))
            {
                if (!IsInvisible(rune))
                {
                    builder.Append(text, i, rune.Utf16SequenceLength);
                }

                i += rune.Utf16SequenceLength - 1;
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    private static bool IsInvisible(UnicodeCategory category) =>
        category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
