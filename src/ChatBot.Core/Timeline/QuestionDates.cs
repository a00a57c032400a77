using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Timeline;

/// <summary>Reads the time span a question asks about: "in 2004", "between 2014 and 2016", "in the 1970s", "in October 2002".</summary>
public static partial class QuestionDates
{
    public static DateRange? Find(string question)
    {
        if (YearRange().Match(question) is { Success: true } range)
        {
            return new DateRange(Year(range, "from"), Year(range, "to"));
        }

        if (Decade().Match(question) is { Success: true } decade)
        {
            return new DateRange(Year(decade, "decade"), Year(decade, "decade") + 9);
        }

        if (MonthYear().Match(question) is { Success: true } monthYear)
        {
            var month = DateTime.ParseExact(monthYear.Groups["month"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
            return new DateRange(Year(monthYear, "year"), Year(monthYear, "year"), month, month);
        }

        var years = SingleYear().Matches(question).Select(m => Year(m, "year")).ToList();
        return years.Count == 0 ? null : new DateRange(years.Min(), years.Max());
    }

    private static int Year(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(?<from>(1[89]|20)[0-9]{2})\s*(to|and|through|until|–|-)\s*(?<to>(1[89]|20)[0-9]{2})\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<decade>(1[89]|20)[0-9]0)s\b")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(1[89]|20)[0-9]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<year>(1[89]|20)[0-9]{2})\b")]
    private static partial Regex SingleYear();
}
