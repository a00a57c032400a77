using ChatBot.Core.Corpus;

namespace ChatBot.Core.Timeline;

/// <summary>A span of time a question or filter asks about, inclusive, at month precision where given.</summary>
public sealed record DateRange(int FromYear, int ToYear, int FromMonth = 0, int ToMonth = 0)
{
    /// <summary>True when the event's date lies in the range (an event known only to the year lies in a month range of that year only if the range spans the whole year; a span of months overlaps it).</summary>
    public bool Contains(EventDate date)
    {
        if (!date.Overlaps(FromYear, ToYear))
        {
            return false;
        }

        if (FromMonth == 0 && ToMonth == 0)
        {
            return true;
        }

        if (date.IsDecade || date.Start.Precision == DatePrecision.Year || date.End is { Precision: DatePrecision.Year })
        {
            return false;
        }

        // A span of months ("July to August 1978") is in the range when it overlaps it.
        var start = (date.Start.Year * 100) + date.Start.Month;
        var end = date.End is { } last ? (last.Year * 100) + last.Month : start;
        return end >= (FromYear * 100) + Math.Max(FromMonth, 1) && start <= (ToYear * 100) + (ToMonth == 0 ? 12 : ToMonth);
    }

    public override string ToString() =>
        FromYear == ToYear && FromMonth == ToMonth
            ? (FromMonth == 0 ? $"{FromYear}" : $"{FromYear}-{FromMonth:D2}")
            : $"{FromYear}{(FromMonth > 0 ? $"-{FromMonth:D2}" : "")} to {ToYear}{(ToMonth > 0 ? $"-{ToMonth:D2}" : "")}";
}
