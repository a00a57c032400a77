using System.Buffers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Questions;

/// <summary>
/// The matches of <see cref="AnswerFeatureDetector"/>'s date pattern, found without the regex in plain text (every
/// character below U+0100, where <c>\d</c> is an ASCII digit, <c>\b</c> reads <see cref="RegexWordChars"/> and <c>\s</c>
/// is <see cref="char.IsWhiteSpace(char)"/>). Alternatives are tried in the pattern's order at each start, leftmost first,
/// the next match looked for from the end of the last, as the regex's enumeration does:
/// <c>\b(1[89]\d{2}|20\d{2})s?\b | \b\d{1,2}\s+(Month)\b | \b(Month)\s+\d{1,2}\b | \b(last|this|next) (year|…|winter)\b | \b(19|20)?[2-9]0s\b</c>.
/// </summary>
internal static class DatePatternScan
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Relatives = ["last", "this", "next"];

    private static readonly string[] Periods = ["year", "month", "week", "spring", "summer", "autumn", "fall", "winter"];

    /// <summary>The characters a match can start with.</summary>
    private static readonly SearchValues<char> Starts = SearchValues.Create("0123456789JFMASONDltn");

    /// <summary>Where the first match at or after <paramref name="from"/> starts, and its length; -1 when there is none.</summary>
    public static int Next(ReadOnlySpan<char> text, int from, out int length)
    {
        while (from < text.Length)
        {
            var offset = text[from..].IndexOfAny(Starts);
            if (offset < 0)
            {
                break;
            }

            var at = from + offset;
            if (at == 0 || !RegexWordChars.IsWordChar(text[at - 1]))
            {
                var end = MatchAt(text, at);
                if (end > at)
                {
                    length = end - at;
                    return at;
                }
            }

            from = at + 1;
        }

        length = 0;
        return -1;
    }

    /// <summary>Where the match starting at <paramref name="at"/> (a word's start) ends; -1 when none starts there.</summary>
    private static int MatchAt(ReadOnlySpan<char> text, int at)
    {
        if (char.IsAsciiDigit(text[at]))
        {
            return Max(Year(text, at), DayMonth(text, at), Decade(text, at));
        }

        return Max(MonthDay(text, at), Relative(text, at), -1);
    }

    /// <summary>The first alternative that matched: the ones not tried here cannot start with the same character.</summary>
    private static int Max(int first, int second, int third) => first >= 0 ? first : second >= 0 ? second : third;

    private static int Year(ReadOnlySpan<char> text, int at)
    {
        if (at + 4 > text.Length || !IsDigits(text.Slice(at, 4))
            || !((text[at] == '1' && text[at + 1] is '8' or '9') || (text[at] == '2' && text[at + 1] == '0')))
        {
            return -1;
        }

        var end = at + 4;
        return end < text.Length && text[end] == 's' && EdgeAt(text, end + 1) ? end + 1 : EdgeAt(text, end) ? end : -1;
    }

    private static int DayMonth(ReadOnlySpan<char> text, int at)
    {
        var digits = at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]) ? 2 : 1;
        var name = Spaces(text, at + digits);
        return name == at + digits ? -1 : MonthName(text, name);
    }

    private static int MonthDay(ReadOnlySpan<char> text, int at)
    {
        var end = MonthName(text, at);
        if (end < 0)
        {
            return -1;
        }

        var day = Spaces(text, end);
        if (day == end || day >= text.Length || !char.IsAsciiDigit(text[day]))
        {
            return -1;
        }

        var past = day + 1 < text.Length && char.IsAsciiDigit(text[day + 1]) ? day + 2 : day + 1;
        return EdgeAt(text, past) ? past : -1;
    }

    private static int Relative(ReadOnlySpan<char> text, int at)
    {
        foreach (var relative in Relatives)
        {
            var space = at + relative.Length;
            if (!text[at..].StartsWith(relative) || space >= text.Length || text[space] != ' ')
            {
                continue;
            }

            foreach (var period in Periods)
            {
                var end = space + 1 + period.Length;
                if (text[(space + 1)..].StartsWith(period) && EdgeAt(text, end))
                {
                    return end;
                }
            }
        }

        return -1;
    }

    private static int Decade(ReadOnlySpan<char> text, int at)
    {
        if (text[at..].StartsWith("19") || text[at..].StartsWith("20"))
        {
            var end = DecadeTail(text, at + 2);
            if (end >= 0)
            {
                return end;
            }
        }

        return DecadeTail(text, at);
    }

    /// <summary><c>[2-9]0s\b</c> at <paramref name="at"/>.</summary>
    private static int DecadeTail(ReadOnlySpan<char> text, int at) =>
        at + 3 <= text.Length && text[at] is >= '2' and <= '9' && text[at + 1] == '0' && text[at + 2] == 's' && EdgeAt(text, at + 3) ? at + 3 : -1;

    /// <summary>The end of a month's full name (case as written) at <paramref name="at"/>, followed by a word's edge; -1 for none.</summary>
    private static int MonthName(ReadOnlySpan<char> text, int at)
    {
        foreach (var month in Months)
        {
            if (text[at..].StartsWith(month) && EdgeAt(text, at + month.Length))
            {
                return at + month.Length;
            }
        }

        return -1;
    }

    private static int Spaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary><c>\b</c> after a word character: the text's end or a character that is not one.</summary>
    private static bool EdgeAt(ReadOnlySpan<char> text, int at) => at >= text.Length || !RegexWordChars.IsWordChar(text[at]);
}
