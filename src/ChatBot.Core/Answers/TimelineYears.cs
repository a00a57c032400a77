using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Every timeline event's date as a number into the timeline's distinct dates (a few thousand among hundreds of thousands of
/// events), kept with the index they come from. A question about a year looked at each of the timeline's events in turn
/// (two objects apiece, scattered over the heap): at 220,000 events that was 20–70 ms, most of the slowest answers. Now
/// <see cref="DateRange.Contains"/> is asked once per distinct date, and each event only looks its date's answer up; the
/// events found are exactly <see cref="TimelineQuery.Find"/>'s, in the same order, as the answer depends on the date alone.
/// </summary>
internal sealed class TimelineYears
{
    private static readonly ConditionalWeakTable<CorpusIndex, TimelineYears> PerIndex = [];

    private readonly IReadOnlyList<TimelineEvent> timeline;
    private readonly EventDate[] dates;
    private readonly NarrowInts dateOf;

    private TimelineYears(IReadOnlyList<TimelineEvent> timeline)
    {
        this.timeline = timeline;
        // A loaded timeline keeps the same numbers already, without an event made for each.
        if (TimelineColumns.Of(timeline) is { } columns)
        {
            dates = [.. columns.Dates];
            dateOf = columns.DateNumbers;
            return;
        }

        var numbers = new Dictionary<EventDate, int>();
        var of = new int[timeline.Count];
        for (var i = 0; i < timeline.Count; i++)
        {
            var date = timeline[i].Date;
            if (!numbers.TryGetValue(date, out of[i]))
            {
                numbers[date] = of[i] = numbers.Count;
            }
        }

        dates = new EventDate[numbers.Count];
        foreach (var (date, number) in numbers)
        {
            dates[number] = date;
        }

        dateOf = NarrowInts.Of(of);
    }

    public static TimelineYears For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new TimelineYears(c.Timeline));

    /// <summary>The events dated in the range, in timeline order: <c>TimelineQuery.Find(corpus, null, range)</c>.</summary>
    public List<TimelineEvent> In(DateRange range) => [.. RowsIn(range)];

    /// <summary>The same events as a list that makes each when read (a loaded timeline's are made only for what is read).</summary>
    public TimelineRows RowsIn(DateRange range)
    {
        var inRange = new bool[dates.Length];
        for (var d = 0; d < dates.Length; d++)
        {
            inRange[d] = range.Contains(dates[d]);
        }

        var found = new List<int>();
        for (var i = 0; i < dateOf.Length; i++)
        {
            if (inRange[dateOf[i]])
            {
                found.Add(i);
            }
        }

        return new TimelineRows(timeline, [.. found]);
    }

    /// <summary>
    /// The <paramref name="count"/> events with the highest <see cref="TimelineQuery.TopicCoverage"/> (earlier first among
    /// equals), in timeline order: what sorting them all by coverage and taking the first few gave, without the sort.
    /// </summary>
    public static List<TimelineEvent> Lead(IReadOnlyList<TimelineEvent> events, IReadOnlyList<QueryConcept> concepts, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var total = TimelineQuery.TotalWeight(concepts);
        var best = new List<(float Score, int Order)>(count + 1);
        for (var order = 0; order < events.Count; order++)
        {
            // Rows give their terms without an event made for each.
            var terms = concepts.Count == 0 ? default : events is TimelineRows rows ? rows.TermsAt(order) : events[order].Terms;
            var score = concepts.Count == 0 ? 0 : TimelineQuery.Coverage(terms, concepts, total);
            if (best.Count == count && score <= best[^1].Score)
            {
                continue;
            }

            // After the last kept score that is at least as high: equal scores stay in timeline order.
            var at = best.Count;
            while (at > 0 && best[at - 1].Score < score)
            {
                at--;
            }

            best.Insert(at, (score, order));
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }
        }

        return [.. best.Select(b => b.Order).Order().Select(o => events[o])];
    }
}
