using System.Buffers;
using ChatBot.Core.Text;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Cheap scans that tell <see cref="DateExtractor"/> a pattern cannot add a date, so its regex is not run. Every match of
/// a month pattern holds one of its month group's names, and every match of a year pattern holds a run of exactly four
/// digits starting 18, 19 or 20; a match on a character a more specific pattern took is dropped. So a pattern is skipped
/// when each such name or run is taken already, or none is followed the way the pattern needs.
/// The scans compare letters as ASCII and read white space and word characters as <see cref="char"/> does: below U+0100
/// that is what the patterns' <c>IgnoreCase</c>, <c>\s</c> and <c>\b</c> do (above it, a Kelvin sign is a k to them and a
/// long s an s), so a sentence holding any character from U+0100 up is not scanned and every pattern runs.
/// </summary>
internal static class DateShapes
{
    /// <summary>The names' first three letters, any case: ASCII-only in a plain sentence, as the patterns compare them there.</summary>
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Names =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>How a month pattern goes on after the month's name.</summary>
    internal enum After
    {
        /// <summary>Anything: the name alone.</summary>
        Anything,

        /// <summary>White space, then a day (<c>\s+[0-9]{1,2}</c>, not followed by a third digit).</summary>
        Day,

        /// <summary>An optional comma, white space, then a year (<c>,?\s+[0-9]{4}</c>, not followed by a fifth digit).</summary>
        Year,

        /// <summary>As <see cref="Year"/>, with white space before the name.</summary>
        YearWithSpaceBefore,
    }

    /// <summary>True when every character is below U+0100, where the scans read text as the patterns do.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('\0', '\u00FF');

    /// <summary>
    /// For a plain sentence, exactly whether <c>\b(January|…|Sept?|Oct|Nov|Dec)\b</c> (IgnoreCase) matches: whether a
    /// word, a maximal run of word characters, is one of the names.
    /// </summary>
    public static bool HasMonthName(ReadOnlySpan<char> text)
    {
        // Every name starts with one of the prefixes: a word that is a name starts where one is found.
        for (var at = NextPrefix(text, 0); at >= 0; at = NextPrefix(text, at + 1))
        {
            if (at > 0 && RegexWordChars.IsWordChar(text[at - 1]))
            {
                continue;
            }

            var end = at + 3;
            while (end < text.Length && RegexWordChars.IsWordChar(text[end]))
            {
                end++;
            }

            if (end - at <= 9 && IsMonthWord(text[at..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the first name of the month group (<c>January|…|Jan\.?|…|Sept?\.?|…</c>, any case, anywhere) starts that is
    /// not yet taken and is followed as <paramref name="after"/> says; -1 when there is none. A plain sentence only.
    /// </summary>
    public static int UntakenMonth(ReadOnlySpan<char> text, ReadOnlySpan<bool> taken, After after)
    {
        for (var i = NextPrefix(text, 0); i >= 0; i = NextPrefix(text, i + 1))
        {
            var month = MonthAt(text, i);
            if (taken[i] || (after == After.YearWithSpaceBefore && (i == 0 || !char.IsWhiteSpace(text[i - 1]))))
            {
                continue;
            }

            if (after == After.Anything || FollowedBy(text, i, month, after))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a maximal run of exactly four ASCII digits starting 18, 19 or 20 starts at a character not yet taken.</summary>
    public static bool UntakenYear(ReadOnlySpan<char> text, ReadOnlySpan<bool> taken)
    {
        var i = 0;
        while (i < text.Length)
        {
            var offset = text[i..].IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return false;
            }

            var start = i + offset;
            var run = text[start..].IndexOfAnyExceptInRange('0', '9');
            var length = run < 0 ? text.Length - start : run;
            if (length == 4 && !taken[start] && ((text[start] == '1' && text[start + 1] is '8' or '9') || (text[start] == '2' && text[start + 1] == '0')))
            {
                return true;
            }

            i = start + length;
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence has four decimal digits in a row (what <c>[0-9]{4}</c> needs), and whether one such run starts
    /// with "18", "19" or "20" (what <c>(1[89]|20)[0-9]{2}</c> needs). ASCII digits only, as in the patterns: a full-width
    /// "２００２" matched <c>\d</c> and then failed to parse, which threw out of the index build.
    /// </summary>
    public static (bool FourDigits, bool YearLike) DigitRuns(ReadOnlySpan<char> sentence)
    {
        var fourDigits = false;
        var run = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            if (!char.IsAsciiDigit(sentence[i]))
            {
                run = 0;
                continue;
            }

            if (++run >= 4)
            {
                fourDigits = true;
                var first = sentence[i - 3];
                var second = sentence[i - 2];
                if ((first == '1' && second is '8' or '9') || (first == '2' && second == '0'))
                {
                    return (true, true);
                }
            }
        }

        return (fourDigits, false);
    }

    /// <summary>Where the next of the names' first three letters (any case) starts from <paramref name="from"/> on; -1 for none.</summary>
    private static int NextPrefix(ReadOnlySpan<char> text, int from)
    {
        var offset = text[from..].IndexOfAny(Prefixes);
        return offset < 0 ? -1 : from + offset;
    }

    /// <summary>The month (1–12) whose first three letters start at <paramref name="at"/>, where <see cref="NextPrefix"/> found them.</summary>
    private static int MonthAt(ReadOnlySpan<char> text, int at)
    {
        Span<char> three = [(char)(text[at] | 0x20), (char)(text[at + 1] | 0x20), (char)(text[at + 2] | 0x20)];
        return three switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }

    /// <summary>Whether some name of the month group for <paramref name="month"/> starting at <paramref name="at"/> is followed as <paramref name="after"/> says.</summary>
    private static bool FollowedBy(ReadOnlySpan<char> text, int at, int month, After after)
    {
        // The full name; then the three-letter abbreviation with or without its stop ("May" has none), and "Sept".
        var name = Names[month - 1];
        if (at + name.Length <= text.Length && StartsWithName(text[at..], name) && Follows(text, at + name.Length, after))
        {
            return true;
        }

        if (month == 5)
        {
            return false;
        }

        var end = at + 3;
        if (Follows(text, end, after) || (end < text.Length && text[end] == '.' && Follows(text, end + 1, after)))
        {
            return true;
        }

        return month == 9 && end < text.Length && (text[end] | 0x20) == 't'
            && (Follows(text, end + 1, after) || (end + 1 < text.Length && text[end + 1] == '.' && Follows(text, end + 2, after)));
    }

    private static bool Follows(ReadOnlySpan<char> text, int at, After after)
    {
        if (after != After.Day && at < text.Length && text[at] == ',')
        {
            at++;
        }

        var spaces = at;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at == spaces || at >= text.Length)
        {
            return false;
        }

        var run = text[at..].IndexOfAnyExceptInRange('0', '9');
        var digits = run < 0 ? text.Length - at : run;
        return after == After.Day ? digits is 1 or 2 : digits == 4;
    }

    private static bool StartsWithName(ReadOnlySpan<char> text, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || (text[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMonthWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetter(word[i]))
            {
                return false;
            }

            lower[i] = (char)(word[i] | 0x20);
        }

        return lower switch
        {
            "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september"
                or "october" or "november" or "december" or "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug"
                or "sep" or "sept" or "oct" or "nov" or "dec" => true,
            _ => false,
        };
    }
}
