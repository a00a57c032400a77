using ChatBot.Core.Corpus;

namespace ChatBot.Core.Timeline;

/// <summary>A span of time a question or filter asks about, inclusive, at month precision where given.</summary>
public sealed record DateRange(int FromYear, int ToYear, int FromMonth = 0, int ToMonth = 0)
{
    /// <summary>True when the event's date lies in the range (an event known only to the year lies in a month range of that year only if the range spans the whole year).</summary>
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

        if (date.End is not null || date.IsDecade || date.Start.Precision == DatePrecision.Year)
        {
            return false;
        }

        var key = (date.Start.Year * 100) + date.Start.Month;
        return key >= (FromYear * 100) + Math.Max(FromMonth, 1) && key <= (ToYear * 100) + (ToMonth == 0 ? 12 : ToMonth);
    }

    public override string ToString() =>
        FromYear == ToYear && FromMonth == ToMonth
            ? (FromMonth == 0 ? $"{FromYear}" : $"{FromYear}-{FromMonth:D2}")
            : $"{FromYear}{(FromMonth > 0 ? $"-{FromMonth:D2}" : "")} to {ToYear}{(ToMonth > 0 ? $"-{ToMonth:D2}" : "")}";
}
