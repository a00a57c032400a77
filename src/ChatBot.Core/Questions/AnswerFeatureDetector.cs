using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Questions;

/// <summary>
/// Cheap surface tests for what a sentence or passage contains: a date, a number, a named person, a place, a
/// stated reason, an enumeration. Used to prefer evidence that holds what the question asks for.
/// </summary>
public static partial class AnswerFeatureDetector
{
    public static AnswerFeatures Detect(string text) => Detect(text.AsSpan());

    /// <summary>
    /// The features of <paramref name="text"/>, read in place (the index build passes each sentence as a slice of its
    /// article): with citations, the text without them is written into a pooled buffer, each replaced by one space as
    /// <c>Regex.Replace</c> would.
    /// </summary>
    public static AnswerFeatures Detect(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') < 0 || !text.Contains('('))
        {
            return DetectIn(text, hasDigit: text.IndexOfAnyInRange('0', '9') >= 0);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = Replace(Citation(), text, buffer, out _);
        var features = DetectIn(buffer.AsSpan(0, length), hasDigit: true);
        ArrayPool<char>.Shared.Return(buffer);
        return features;
    }

    private static AnswerFeatures DetectIn(ReadOnlySpan<char> text, bool hasDigit)
    {
        var features = AnswerFeatures.None;
        var mayHaveDate = text.IndexOfAny(DateCues) >= 0 && (hasDigit || MonthOrRelative().IsMatch(text));
        var mayHaveNumber = hasDigit || text.IndexOfAny(NumberWordCues) >= 0;
        bool dated;
        var numbered = false;
        if (!mayHaveDate)
        {
            dated = false;
            numbered = mayHaveNumber && HasNumber(text);
        }
        else if (!mayHaveNumber)
        {
            dated = FeatureScans.HasYear(text) || (FeatureScans.IsPlain(text) ? DatePatternScan.Next(text, 0, out _) >= 0 : DatePattern().IsMatch(text));
        }
        else
        {
            // One pass over the dates tells whether there is one and blanks them (each replaced by one space, as
            // Regex.Replace would) for the number check, into a pooled buffer rather than a new string.
            var buffer = ArrayPool<char>.Shared.Rent(text.Length);
            var length = FeatureScans.IsPlain(text) ? BlankDates(text, buffer, out var dates) : Replace(DatePattern(), text, buffer, out dates);
            dated = dates > 0;
            numbered = HasNumber(dated ? buffer.AsSpan(0, length) : text);
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (dated)
        {
            features |= AnswerFeatures.Date;
        }

        if (numbered)
        {
            features |= AnswerFeatures.Number;
        }

        var hasCapitalAfterStart = text[1..].IndexOfAnyInRange('A', 'Z') >= 0;
        if (hasCapitalAfterStart && PersonNames.Contains(text))
        {
            features |= AnswerFeatures.Person;
        }

        if (hasCapitalAfterStart && PlaceNames.Contains(text))
        {
            features |= AnswerFeatures.Place;
        }

        if (text.IndexOfAny(ReasonCues) >= 0 && ReasonPattern().IsMatch(text))
        {
            features |= AnswerFeatures.Reason;
        }

        // Each alternative of the pattern needs two commas, " and " before a capital, or a colon and two semicolons:
        // without them it cannot match.
        if (text.Count(',') >= 2 || FeatureScans.AndBeforeCapital(text) || (text.Contains(':') && text.Count(';') >= 2))
        {
            features |= EnumerationPattern().IsMatch(text) ? AnswerFeatures.Enumeration : AnswerFeatures.None;
        }

        return features;
    }

    private static bool HasNumber(ReadOnlySpan<char> text) => FeatureScans.HasShortNumber(text) || NumberPattern().IsMatch(text);

    /// <summary>Writes <paramref name="text"/> into <paramref name="buffer"/> with every match of <paramref name="pattern"/> replaced by one space; returns the length.</summary>
    private static int Replace(Regex pattern, ReadOnlySpan<char> text, char[] buffer, out int replaced)
    {
        var length = 0;
        var from = 0;
        replaced = 0;
        foreach (var match in pattern.EnumerateMatches(text))
        {
            text[from..match.Index].CopyTo(buffer.AsSpan(length));
            length += match.Index - from;
            buffer[length++] = ' ';
            from = match.Index + match.Length;
            replaced++;
        }

        text[from..].CopyTo(buffer.AsSpan(length));
        return length + text.Length - from;
    }

    /// <summary>As <see cref="Replace"/> with the date pattern, for plain text (<see cref="DatePatternScan"/>).</summary>
    private static int BlankDates(ReadOnlySpan<char> text, char[] buffer, out int replaced)
    {
        var length = 0;
        var from = 0;
        replaced = 0;
        for (var at = DatePatternScan.Next(text, 0, out var matched); at >= 0; at = DatePatternScan.Next(text, from, out matched))
        {
            text[from..at].CopyTo(buffer.AsSpan(length));
            length += at - from;
            buffer[length++] = ' ';
            from = at + matched;
            replaced++;
        }

        text[from..].CopyTo(buffer.AsSpan(length));
        return length + text.Length - from;
    }

    /// <summary>The feature a question of this kind needs its evidence to have, if any.</summary>
    public static AnswerFeatures Required(QuestionKind kind) => kind switch
    {
        QuestionKind.Date or QuestionKind.Timeline => AnswerFeatures.Date,
        QuestionKind.Number => AnswerFeatures.Number,
        QuestionKind.Person => AnswerFeatures.Person,
        QuestionKind.Place => AnswerFeatures.Place,
        QuestionKind.Reason => AnswerFeatures.Reason,
        QuestionKind.List => AnswerFeatures.Enumeration,
        _ => AnswerFeatures.None,
    };

    /// <summary>Every word the reason pattern can match starts with one of these; absent them, the regex cannot match.</summary>
    private static readonly SearchValues<string> ReasonCues = SearchValues.Create(
        ["because", "due to", "as a result", "driven by", "in order to", "so that", "owing to", "meaning that", "led to", "leading to", "result of", "motivated", "caused by", "the reason", "thanks to", "for fear", "in the hope", "which is why", "so as to"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every alternative of the date pattern (which minds case) holds one of these: "18", "19" or "20" starts its years,
    /// "0s" ends its decades; absent them, it cannot match.
    /// </summary>
    private static readonly SearchValues<string> DateCues = SearchValues.Create(
        ["18", "19", "20", "0s", "last ", "this ", "next ", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> NumberWordCues = SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "dozen"],
        StringComparison.OrdinalIgnoreCase);

    private static Regex Citation() => Text.CitationPattern.Regex;

    /// <summary>Without a digit, only a month name or a relative year can make a date.</summary>
    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|year|month|week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOrRelative();

    [GeneratedRegex(@"\b(1[89]\d{2}|20\d{2})s?\b|\b\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b(last|this|next) (year|month|week|spring|summer|autumn|fall|winter)\b|\b(19|20)?[2-9]0s\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b\d+(\.\d+)?\s*(percent|per cent|%)|\b(?!(1[89]|20)\d{2}\b)\d{1,3}(,\d{3})*(\.\d+)?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(because|due to|as a result|driven by|in order to|so that|owing to|meaning that|led to|leading to|result of|motivated|caused by|the reason|thanks to|for fear|in the hope|which is why|so as to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonPattern();

    [GeneratedRegex(@"(\b\p{Lu}\p{L}+[^,;]{0,40},){2,}|\b\p{Lu}\p{L}+ \p{Lu}\p{L}+ and \p{Lu}\p{L}+ \p{Lu}\p{L}+\b|:\s*[^:]+;[^;]+;")]
    private static partial Regex EnumerationPattern();
}
