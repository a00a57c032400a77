using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Reads dates from a sentence, most specific pattern first; each character belongs to at most one date.
/// Relative dates ("late last year", "April 27" with no year) resolve against the publication date and are
/// marked inferred; without a publication date they are skipped rather than guessed. Parenthetical citations
/// such as "(Hughes, 2002, p.61)" are masked: a source's year is not an event.
/// </summary>
public static partial class DateExtractor
{
    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

    /// <summary>
    /// False when <see cref="Extract"/> would surely find nothing (no digit, and no month name or "year" to resolve
    /// against a publication date): lets a caller skip making the sentence's string.
    /// </summary>
    public static bool MayHoldDate(ReadOnlySpan<char> sentence, PartialDate? published) =>
        sentence.IndexOfAnyInRange('0', '9') >= 0
        || (published is not null && (HasMonthName(sentence, DateShapes.IsPlain(sentence)) || sentence.Contains("year", StringComparison.OrdinalIgnoreCase)));

    public static List<DateMention> Extract(string sentence, PartialDate? published) => Extract(sentence, sentence, published);

    /// <summary>
    /// The same for a sentence read from a span (the index build's widened article): its string is made only if a rare
    /// pattern needs a <see cref="Match"/>'s groups; <paramref name="text"/> is that string when the caller has one.
    /// </summary>
    internal static List<DateMention> Extract(ReadOnlySpan<char> sentence, string? text, PartialDate? published)
    {
        // Every pattern with a year needs four digits in a row, most of them a year-like "18dd", "19dd" or "20dd":
        // a sentence that only counts things ("23 delegates") skips them without a regex pass each, and without a
        // publication date to resolve against it has no date at all, so the month names are not looked for.
        var hasDigit = sentence.IndexOfAnyInRange('0', '9') >= 0;
        var (fourDigits, yearLike) = hasDigit ? DateShapes.DigitRuns(sentence) : (false, false);
        if (!fourDigits && published is null)
        {
            return [];
        }

        var plain = DateShapes.IsPlain(sentence);
        var hasMonth = (hasDigit || published is not null) && HasMonthName(sentence, plain);
        var hasYearWord = published is not null && sentence.Contains("year", StringComparison.OrdinalIgnoreCase);
        if (!hasDigit && !hasMonth && !hasYearWord)
        {
            return [];
        }

        var taken = ArrayPool<bool>.Shared.Rent(sentence.Length);
        Array.Clear(taken, 0, sentence.Length);
        if (yearLike && sentence.Contains('('))
        {
            foreach (var citation in CitationPattern.Regex.EnumerateMatches(sentence))
            {
                Array.Fill(taken, true, citation.Index, citation.Length);
            }
        }

        // Each pattern runs only where it could add a date (DateShapes), read just before it, after the patterns before it
        // took their characters; the month patterns that start with the month's name start at the first one that could.
        var found = new Found(sentence, text, taken, published ?? default, []);
        var hasDecade = hasDigit && sentence.Contains("0s", StringComparison.Ordinal);
        Take(ref found, IsoDate(), static (m, _) => Day(Int(m, "year"), Int(m, "m"), Int(m, "day")), If(fourDigits && hasDigit && sentence.Contains('-')));
        Take(ref found, MonthDayYear(), null, MonthFrom(sentence, taken, plain, fourDigits && hasMonth && hasDigit, DateShapes.After.Day), static (text, at, length) => Day(YearAtEnd(text, at, length), MonthNumber(text[at..]), FirstNumber(text.Slice(at, length))));
        Take(ref found, DayMonthYear(), static (m, _) => Day(Int(m, "year"), MonthNumber(m), Int(m, "day")), Anywhere(MonthFrom(sentence, taken, plain, fourDigits && hasMonth && hasDigit, DateShapes.After.YearWithSpaceBefore)));
        Take(ref found, MonthYear(), null, MonthFrom(sentence, taken, plain, fourDigits && hasMonth && hasDigit, DateShapes.After.Year), static (text, at, length) => Valid(YearAtEnd(text, at, length), MonthNumber(text[at..]), 0, inferred: false));
        Take(ref found, DecadeRange(), static (m, _) => ReadDecadeRange(m), YearFrom(sentence, taken, plain, yearLike && hasDecade));
        Take(ref found, YearRange(), static (m, _) => Range(Int(m, "from"), Int(m, "to")), YearFrom(sentence, taken, plain, yearLike && hasDigit));
        Take(ref found, Decade(), static (m, _) => new EventDate(new PartialDate(Int(m, "decade")), IsDecade: true), YearFrom(sentence, taken, plain, yearLike && hasDecade));
        Take(ref found, SinceYear(), static (m, _) => Year(Int(m, "year")) is { } d ? d with { Qualifier = DateQualifier.Since } : null, YearFrom(sentence, taken, plain, yearLike && hasDigit && sentence.Contains("since", StringComparison.OrdinalIgnoreCase)));
        Take(ref found, Year(), null, YearFrom(sentence, taken, plain, yearLike && hasDigit), static (text, at, length) => Year(YearAtEnd(text, at, length)));
        if (published is not null)
        {
            Take(ref found, MonthDay(), static (m, p) => Relative(p, m.Groups["rel"].Value, MonthNumber(m), Int(m, "day")), Anywhere(MonthFrom(sentence, taken, plain, hasMonth && hasDigit, DateShapes.After.Day)));
            Take(ref found, RelativeYear(), static (m, p) => RelativeYearDate(p, m), If(hasYearWord));
            Take(ref found, MonthAlone(), static (m, p) => Relative(p, m.Groups["rel"].Value, MonthNumber(m), 0) is { } d ? d with { Qualifier = MonthEdgeQualifier(m.Groups["edge"].Value) } : null, Anywhere(MonthFrom(sentence, taken, plain, hasMonth, DateShapes.After.Anything)));
        }

        var mentions = found.Mentions;
        ArrayPool<bool>.Shared.Return(taken);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// Most matches fall on characters a more specific pattern already took: those are skipped on the match's span, and
    /// only the rest are matched again from their start for their groups (the same match: no pattern uses \G, and
    /// lookbehinds see the text before the start). The commonest patterns read their values from the match's characters
    /// instead (<paramref name="readSpan"/>), without a Match and its groups per date. The readers are static, so a
    /// sentence costs no delegate or closure. The matches are looked for from <paramref name="from"/> (none when it is
    /// negative): no match starts before it, so they are the matches of the whole sentence.
    /// </summary>
    private static void Take(ref Found found, Regex pattern, Func<Match, PartialDate, EventDate?>? read, int from, Func<ReadOnlySpan<char>, int, int, EventDate?>? readSpan = null)
    {
        if (from < 0)
        {
            return;
        }

        var sentence = found.Sentence;
        var (taken, mentions) = (found.Taken, found.Mentions);
        foreach (var match in pattern.EnumerateMatches(sentence, from))
        {
            if (taken.AsSpan(match.Index, match.Length).Contains(true)
                || (readSpan is not null ? readSpan(sentence, match.Index, match.Length) : read!(pattern.Match(found.Text, match.Index), found.Published)) is not { } date)
            {
                continue;
            }

            Array.Fill(taken, true, match.Index, match.Length);
            // Most dates keep their qualifier: the same record then serves, rather than an equal copy per date.
            var qualifier = QualifierBefore(sentence, match.Index, date.Qualifier);
            mentions.Add(new DateMention(qualifier == date.Qualifier ? date : date with { Qualifier = qualifier }, match.Index, match.Length));
        }
    }

    /// <summary>What <see cref="Take"/> reads and fills for one sentence.</summary>
    private ref struct Found(ReadOnlySpan<char> sentence, string? text, bool[] taken, PartialDate published, List<DateMention> mentions)
    {
        public readonly ReadOnlySpan<char> Sentence = sentence;
        public readonly bool[] Taken = taken;
        public readonly PartialDate Published = published;
        public readonly List<DateMention> Mentions = mentions;
        private string? text = text;

        /// <summary>The sentence as a string, made the first time a pattern's groups are read (a <see cref="Match"/> needs one).</summary>
        public string Text => text ??= Sentence.ToString();
    }

    private static int If(bool possible) => possible ? 0 : -1;

    /// <summary>From the start of the sentence, for a pattern whose match may start before its month's name.</summary>
    private static int Anywhere(int from) => from < 0 ? -1 : 0;

    /// <summary>
    /// Where a month pattern's match can start at the earliest (its month's name, see <see cref="DateShapes"/>), -1 when it
    /// cannot add a date; from the start for a sentence the shapes do not read.
    /// </summary>
    private static int MonthFrom(ReadOnlySpan<char> sentence, bool[] taken, bool plain, bool possible, DateShapes.After after) =>
        !possible ? -1 : plain ? DateShapes.UntakenMonth(sentence, taken.AsSpan(0, sentence.Length), after) : 0;

    /// <summary>0 when a year pattern can add a date (a year-like run of four digits not yet taken), else -1.</summary>
    private static int YearFrom(ReadOnlySpan<char> sentence, bool[] taken, bool plain, bool possible) =>
        If(possible && (!plain || DateShapes.UntakenYear(sentence, taken.AsSpan(0, sentence.Length))));

    private static bool HasMonthName(ReadOnlySpan<char> sentence, bool plain) =>
        plain ? DateShapes.HasMonthName(sentence) : MonthName().IsMatch(sentence);

    private static EventDate? Day(int year, int month, int day) => Valid(year, month, day, inferred: false);

    private static EventDate? Year(int year) => year is >= 1800 and <= 2100 ? new EventDate(new PartialDate(year)) : null;

    private static EventDate? Valid(int year, int month, int day, bool inferred) =>
        year is >= 1800 and <= 2100 && PartialDate.IsValid(year, month, day) && month > 0
            ? new EventDate(new PartialDate(year, month, day), Inferred: inferred)
            : null;

    private static EventDate? Range(int from, int to) =>
        from is >= 1800 and <= 2100 && to > from && to <= 2100 ? new EventDate(new PartialDate(from), new PartialDate(to)) : null;

    private static EventDate? ReadDecadeRange(Match m)
    {
        var first = Int(m, "first");
        var secondText = m.Groups["second"].Value;
        var second = secondText.Length == 2 ? (first / 100 * 100) + int.Parse(secondText, CultureInfo.InvariantCulture) : int.Parse(secondText, CultureInfo.InvariantCulture);
        return second > first ? new EventDate(new PartialDate(first), new PartialDate(second + 9), IsDecade: true) : null;
    }

    private static EventDate? Relative(PartialDate published, string relative, int month, int day)
    {
        var year = relative.ToLowerInvariant() switch
        {
            "last" => published.Year - 1,
            "next" => published.Year + 1,
            _ => published.Year,
        };
        return Valid(year, month, day, inferred: true);
    }

    private static EventDate? RelativeYearDate(PartialDate published, Match m)
    {
        var offset = m.Groups["which"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        var date = new EventDate(new PartialDate(published.Year + offset), Inferred: true);
        return date with { Qualifier = EdgeQualifier(m.Groups["edge"].Value) };
    }

    /// <summary>"before the end of May" means by May; "early May" means early in it.</summary>
    private static DateQualifier MonthEdgeQualifier(string edge) =>
        edge.EndsWith("end of", StringComparison.OrdinalIgnoreCase) ? DateQualifier.By : EdgeQualifier(edge);

    private static DateQualifier EdgeQualifier(string edge) => edge.ToLowerInvariant() switch
    {
        "late" or "end of" or "the end of" => DateQualifier.Late,
        "early" or "beginning of" or "the beginning of" or "earlier" => DateQualifier.Early,
        _ => DateQualifier.On,
    };

    private static DateQualifier QualifierBefore(ReadOnlySpan<char> sentence, int index, DateQualifier current)
    {
        if (current != DateQualifier.On)
        {
            return current;
        }

        // The word is the match without its trailing white space (the pattern ends "\s+$"), read without a string.
        var before = sentence.Slice(Math.Max(0, index - 24), index - Math.Max(0, index - 24));
        var found = QualifierWord().EnumerateMatches(before);
        if (!found.MoveNext())
        {
            return DateQualifier.On;
        }

        var word = before.Slice(found.Current.Index, found.Current.Length).TrimEnd();
        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        return folded switch
        {
            "prior to" or "before" => DateQualifier.Before,
            "by" => DateQualifier.By,
            "since" => DateQualifier.Since,
            "until" or "till" => DateQualifier.Until,
            _ => DateQualifier.After,
        };
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int MonthNumber(Match m) => MonthNumber(m.Groups["month"].ValueSpan);

    /// <summary>The month whose name <paramref name="name"/> starts with (every month pattern has at least three letters).</summary>
    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        Span<char> first = [char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1]), char.ToLowerInvariant(name[2])];
        return first switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }

    /// <summary>The year that ends a match: the patterns read this way end with their four-digit year group.</summary>
    private static int YearAtEnd(ReadOnlySpan<char> sentence, int at, int length) =>
        int.Parse(sentence.Slice(at + length - 4, 4), CultureInfo.InvariantCulture);

    /// <summary>The first run of digits in a match: the day of a pattern whose only digits before the year are its day.</summary>
    private static int FirstNumber(ReadOnlySpan<char> match)
    {
        var start = match.IndexOfAnyInRange('0', '9');
        var length = match[start..].IndexOfAnyExceptInRange('0', '9');
        return int.Parse(match.Slice(start, length < 0 ? match.Length - start : length), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?<word>prior to|before|by|since|until|till|after)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierWord();

    [GeneratedRegex(@"\b(?<year>[0-9]{4})-(?<m>[0-9]{2})-(?<day>[0-9]{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(Month + @"\s+(?<day>[0-9]{1,2})(st|nd|rd|th)?,?\s+(?<year>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})(st|nd|rd|th)?\.?\s+(of\s+)?" + Month + @",?\s+(?<year>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?<year>[0-9]{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(the\s+)?(?<first>(1[89]|20)[0-9]0)s\s*(and|to|through|-|–)\s*(the\s+)?(?<second>(1[89]|20)?[0-9]0)s\b")]
    private static partial Regex DecadeRange();

    [GeneratedRegex(@"\b((from|between)\s+)?(?<from>(1[89]|20)[0-9]{2})\s*(to|and|through|until|–|-)\s*(?<to>(1[89]|20)[0-9]{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(the\s+)?(?<decade>(1[89]|20)[0-9]0)s\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\bsince\b[^.;:]{0,60}?\bin\s+(?<year>(1[89]|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYear();

    [GeneratedRegex(@"(?<![0-9.,])\b(?<year>(1[89]|20)[0-9]{2})\b(?![.,][0-9])(?!\s*(percent|per cent|%|people|persons|km|kilometres|kilometers|miles|yen|dollars|won))")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b((?<rel>this|last|next)\s+)?" + Month + @"\s+(?<day>[0-9]{1,2})(st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b((?<edge>late|early|earlier|the end of|end of|the beginning of)\s+)?(?<which>last|this|next)\s+year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?<edge>the end of|end of|the beginning of|beginning of|early|late|mid-?)\s*((?<rel>this|last|next)\s+)?" + Month + @"\b(?!\s+[0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAlone();
}
