using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Pictures;

/// <summary>
/// Where an event sits on the axis, in fractional years: a day or month is a narrow span that draws as a point; a
/// year, a decade or a range ("2014 to 2016") is as wide as the time it covers. <see cref="Direction"/> is -1 for
/// "before/by/until" and +1 for "since/after", drawn as an arrow.
/// </summary>
internal readonly record struct EventSpan(double Start, double End, int Direction, bool Inferred)
{
    public static EventSpan From(EventDate date)
    {
        var start = date.IsDecade ? date.Start.Year / 10 * 10 : StartOf(date.Start);
        var end = date.End switch
        {
            { } last when date.IsDecade => (last.Year / 10 * 10) + 10,
            { } last => EndOf(last),
            null when date.IsDecade => start + 10,
            null => EndOf(date.Start),
        };

        var direction = date.Qualifier switch
        {
            DateQualifier.Before or DateQualifier.By or DateQualifier.Until => -1,
            DateQualifier.Since or DateQualifier.After => 1,
            _ => 0,
        };
        return new EventSpan(start, Math.Max(end, start), direction, date.Inferred);
    }

    private static double StartOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Year + ((new DateOnly(date.Year, date.Month, date.Day).DayOfYear - 1) / DaysIn(date.Year)),
        DatePrecision.Month => date.Year + ((date.Month - 1) / 12.0),
        _ => date.Year,
    };

    private static double EndOf(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => StartOf(date) + (1 / DaysIn(date.Year)),
        DatePrecision.Month => date.Year + (date.Month / 12.0),
        _ => date.Year + 1,
    };

    private static double DaysIn(int year) => DateTime.IsLeapYear(year) ? 366 : 365;
}
