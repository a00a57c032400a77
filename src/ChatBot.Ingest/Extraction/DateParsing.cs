using System.Globalization;
using ChatBot.Core.Corpus;

namespace ChatBot.Ingest.Extraction;

/// <summary>Publication dates as pages and PDFs print them: ISO 8601 with or without time, and a few common long forms.</summary>
internal static class DateParsing
{
    private static readonly string[] LongForms = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyyMMddHHmmss", "yyyyMMdd"];

    public static PartialDate? Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // PDF dates: D:20240305093000+09'00'
        if (value.StartsWith("D:", StringComparison.Ordinal) && value.Length >= 10)
        {
            value = value[2..10];
        }

        if (PartialDate.TryParse(value, out var partial))
        {
            return partial;
        }

        // The date as printed in the page's own time zone, not converted to UTC.
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return new PartialDate(moment.Year, moment.Month, moment.Day);
        }

        return DateTime.TryParseExact(value, LongForms, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? new PartialDate(date.Year, date.Month, date.Day)
            : null;
    }
}
