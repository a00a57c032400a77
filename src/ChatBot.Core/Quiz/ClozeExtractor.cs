using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Corpus;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Quiz;

/// <summary>
/// Finds what a sentence states that a quiz can ask: plain dates (not inferred, not ranges or decades, and not
/// "before/by/since X", where a later date would also be true), counts (digits, or two to twenty in words; not
/// years, not inside dates or citations), people and known places.
/// </summary>
public static partial class ClozeExtractor
{
    /// <summary>Cities are asked with other cities, countries and regions with their own kind: a country among city choices gives itself away.</summary>
    private static readonly HashSet<string> Cities = new(StringComparer.Ordinal) { "Pyongyang", "Tokyo", "Seoul", "Beijing", "Niigata", "Osaka", "Kyoto", "Singapore", "Hanoi", "Washington", "Panmunjom" };

    private static readonly string[] Words = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    public static IEnumerable<ClozeAnswer> Extract(string sentence, PartialDate? published)
    {
        var taken = new bool[sentence.Length];
        foreach (Match citation in CitationPattern.Regex.Matches(sentence))
        {
            Array.Fill(taken, true, citation.Index, citation.Length);
        }

        foreach (var mention in DateExtractor.Extract(sentence, published))
        {
            Array.Fill(taken, true, mention.Start, mention.Length);
            if (DateAnswer(mention.Date, sentence.Substring(mention.Start, mention.Length)) is { } date)
            {
                yield return date;
            }
        }

        foreach (Match number in Number().Matches(sentence))
        {
            if (!taken.AsSpan(number.Index, number.Length).Contains(true) && NumberAnswer(number.Value) is { } answer)
            {
                yield return answer;
            }
        }

        foreach (var name in PersonNames.Find(sentence).Where(n => n.Contains(' ', StringComparison.Ordinal) && QuizGenerator.BlankOut(sentence, n) is not null).Distinct(StringComparer.Ordinal))
        {
            yield return new ClozeAnswer(QuizKind.Person, "person", name, name, NameKey(name));
        }

        foreach (var place in PlaceNames.FindKnown(sentence).Distinct(StringComparer.Ordinal))
        {
            yield return new ClozeAnswer(QuizKind.Place, Cities.Contains(place) ? "place:city" : "place:country", place, place, NameKey(place));
        }
    }

    /// <summary>"Kim Jong-Un" and "Kim Jong Un" are one person: lower case, hyphens as spaces, letters and spaces only.</summary>
    public static string NameKey(string name) =>
        string.Join(' ', new string([.. name.ToLowerInvariant().Select(c => char.IsLetter(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A date as every choice shows it: "September 17, 2002", "July 1978", "2004".</summary>
    public static (string Pool, string Label, string Key) DateLabel(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => ("date:day", new DateTime(date.Year, date.Month, date.Day).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture), date.ToString()),
        DatePrecision.Month => ("date:month", new DateTime(date.Year, date.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture), date.ToString()),
        _ => ("date:year", date.Year.ToString(CultureInfo.InvariantCulture), date.ToString()),
    };

    private static ClozeAnswer? DateAnswer(EventDate date, string surface)
    {
        if (date.Inferred || date.End is not null || date.IsDecade || date.Qualifier is not (DateQualifier.On or DateQualifier.Early or DateQualifier.Late))
        {
            return null;
        }

        var (pool, label, key) = DateLabel(date.Start);
        return new ClozeAnswer(QuizKind.Date, pool, surface, label, key);
    }

    private static ClozeAnswer? NumberAnswer(string surface)
    {
        var word = Array.FindIndex(Words, w => w.Equals(surface, StringComparison.OrdinalIgnoreCase));
        if (word >= 0)
        {
            var value = (word + 2).ToString(CultureInfo.InvariantCulture);
            return new ClozeAnswer(QuizKind.Number, "number:int", surface, value, value);
        }

        if (!decimal.TryParse(surface, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || (surface.Length == 4 && number is >= 1800 and <= 2100))
        {
            return null;
        }

        var label = number.ToString(CultureInfo.InvariantCulture);
        return new ClozeAnswer(QuizKind.Number, surface.Contains('.', StringComparison.Ordinal) ? "number:decimal" : "number:int", surface, label, label);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,\-])(\d+(\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![\p{L}\p{N}\-]|[.,]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
