using ChatBot.Core.Timeline;

namespace ChatBot.Core.Checking;

/// <summary>
/// When two dates cannot be the same: their years do not overlap (a range or decade covers its years), or, in one
/// year, both give a month and the months differ, or both give a day and the days differ. A less precise date is not
/// a different one ("1978" against "July 1978").
/// </summary>
internal static class DateComparison
{
    public static bool Conflicts(EventDate stated, EventDate claimed)
    {
        var (statedFirst, statedLast) = (stated.Start.Year, stated.LastYear);
        var (claimedFirst, claimedLast) = (claimed.Start.Year, claimed.LastYear);
        if (statedLast < claimedFirst || claimedLast < statedFirst)
        {
            return true;
        }

        if (stated.End is not null || claimed.End is not null || stated.IsDecade || claimed.IsDecade || stated.Start.Year != claimed.Start.Year)
        {
            return false;
        }

        return (stated.Start.Month > 0 && claimed.Start.Month > 0 && stated.Start.Month != claimed.Start.Month)
            || (stated.Start.Month == claimed.Start.Month && stated.Start.Day > 0 && claimed.Start.Day > 0 && stated.Start.Day != claimed.Start.Day);
    }

    /// <summary>How alike two conflicting dates are, for picking the one a claim got wrong: same month and day first, then nearest year.</summary>
    public static int Likeness(EventDate stated, EventDate claimed) =>
        (stated.Start.Month == claimed.Start.Month && stated.Start.Month > 0 ? 200 : 0)
        + (stated.Start.Day == claimed.Start.Day && stated.Start.Day > 0 ? 100 : 0)
        - Math.Min(99, Math.Abs(stated.Start.Year - claimed.Start.Year));
}
