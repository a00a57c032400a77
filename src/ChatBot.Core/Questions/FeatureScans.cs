using System.Globalization;
using ChatBot.Core.Text;

namespace ChatBot.Core.Questions;

/// <summary>
/// Scans that settle a pattern of <see cref="AnswerFeatureDetector"/> without running it where the text makes that
/// certain, and otherwise leave it to the pattern: each says "matches" only where the pattern would match.
/// </summary>
internal static class FeatureScans
{
    /// <summary>True when every character is below U+0100, where the scans read text as the patterns do.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\0', '\u00FF');

    /// <summary>
    /// True when the date pattern's first alternative, <c>\b(1[89]\d{2}|20\d{2})s?\b</c>, surely matches: four ASCII
    /// digits starting 18, 19 or 20, with a character that is surely no word character (or the text's edge) before them,
    /// and after them or after an "s" that follows them.
    /// </summary>
    public static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var (start, length) = NextRun(text, 0); length > 0; (start, length) = NextRun(text, start + length))
        {
            if (length != 4 || !((text[start] == '1' && text[start + 1] is '8' or '9') || (text[start] == '2' && text[start + 1] == '0'))
                || !EdgeBefore(text, start))
            {
                continue;
            }

            var end = start + 4;
            if (EdgeAt(text, end) || (text[end] == 's' && EdgeAt(text, end + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the number pattern surely matches by its second alternative, <c>\b(?!(1[89]|20)\d{2}\b)\d{1,3}(,\d{3})*(\.\d+)?\b</c>:
    /// a run of one to three ASCII digits with a character surely no word character (or the text's edge) on each side —
    /// too short for the year the look-ahead refuses.
    /// </summary>
    public static bool HasShortNumber(ReadOnlySpan<char> text)
    {
        for (var (start, length) = NextRun(text, 0); length > 0; (start, length) = NextRun(text, start + length))
        {
            if (length <= 3 && EdgeBefore(text, start) && EdgeAt(text, start + length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether " and " is followed by an upper-case letter (<c>\p{Lu}</c>), which the enumeration pattern's second alternative needs.</summary>
    public static bool AndBeforeCapital(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf(" and ", StringComparison.Ordinal); at >= 0; at = Next(text, at + 1))
        {
            if (at + 5 < text.Length && char.GetUnicodeCategory(text[at + 5]) == UnicodeCategory.UppercaseLetter)
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> text, int from)
        {
            var offset = text[from..].IndexOf(" and ", StringComparison.Ordinal);
            return offset < 0 ? -1 : from + offset;
        }
    }

    /// <summary>The next maximal run of ASCII digits from <paramref name="from"/> on; length 0 when there is none.</summary>
    private static (int Start, int Length) NextRun(ReadOnlySpan<char> text, int from)
    {
        var offset = from < text.Length ? text[from..].IndexOfAnyInRange('0', '9') : -1;
        if (offset < 0)
        {
            return (text.Length, 0);
        }

        var start = from + offset;
        var run = text[start..].IndexOfAnyExceptInRange('0', '9');
        return (start, run < 0 ? text.Length - start : run);
    }

    private static bool EdgeBefore(ReadOnlySpan<char> text, int at) => at == 0 || RegexWordChars.IsSurelyNotWord(text[at - 1]);

    private static bool EdgeAt(ReadOnlySpan<char> text, int at) => at >= text.Length || RegexWordChars.IsSurelyNotWord(text[at]);
}
