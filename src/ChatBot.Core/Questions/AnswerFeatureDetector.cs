using System.Buffers;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Questions;

/// <summary>
/// Cheap surface tests for what a sentence or passage contains: a date, a number, a named person, a place, a
/// stated reason, an enumeration. Used to prefer evidence that holds what the question asks for.
/// </summary>
public static partial class AnswerFeatureDetector
{
    public static AnswerFeatures Detect(string text)
    {
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasDigit && text.Contains('(', StringComparison.Ordinal))
        {
            text = Citation().Replace(text, " ");
        }

        var features = AnswerFeatures.None;
        var mayHaveDate = hasDigit || MonthOrRelative().IsMatch(text);
        var dated = mayHaveDate && DatePattern().IsMatch(text);
        if (dated)
        {
            features |= AnswerFeatures.Date;
        }

        if ((hasDigit || text.AsSpan().IndexOfAny(NumberWordCues) >= 0) && (dated ? HasNumberBesideDates(text) : NumberPattern().IsMatch(text)))
        {
            features |= AnswerFeatures.Number;
        }

        var hasCapitalAfterStart = text.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0;
        if (hasCapitalAfterStart && PersonNames.Contains(text))
        {
            features |= AnswerFeatures.Person;
        }

        if (hasCapitalAfterStart && PlaceNames.Contains(text))
        {
            features |= AnswerFeatures.Place;
        }

        if (text.AsSpan().IndexOfAny(ReasonCues) >= 0 && ReasonPattern().IsMatch(text))
        {
            features |= AnswerFeatures.Reason;
        }

        if (text.Contains(',', StringComparison.Ordinal) || text.Contains(';', StringComparison.Ordinal) || text.Contains(" and ", StringComparison.Ordinal))
        {
            features |= EnumerationPattern().IsMatch(text) ? AnswerFeatures.Enumeration : AnswerFeatures.None;
        }

        return features;
    }

    /// <summary>
    /// Whether a number remains once every date is blanked out (each replaced by one space, as <c>Regex.Replace</c>
    /// would), written into a pooled buffer rather than a new string per dated sentence.
    /// </summary>
    private static bool HasNumberBesideDates(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var from = 0;
        foreach (var date in DatePattern().EnumerateMatches(text))
        {
            text.AsSpan(from, date.Index - from).CopyTo(buffer.AsSpan(length));
            length += date.Index - from;
            buffer[length++] = ' ';
            from = date.Index + date.Length;
        }

        text.AsSpan(from).CopyTo(buffer.AsSpan(length));
        length += text.Length - from;
        var found = NumberPattern().IsMatch(buffer.AsSpan(0, length));
        ArrayPool<char>.Shared.Return(buffer);
        return found;
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
