using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// Every timeline event's first and last year in two flat arrays, in timeline order, kept with the index they come from.
/// A question about a year looked at each of the timeline's events in turn (two objects apiece, scattered over the heap):
/// at 220,000 events that was 20–70 ms, most of the slowest answers. The arrays rule out the events outside the years
/// first; the rest still go through <see cref="DateRange.Contains"/>, so the events found are exactly
/// <see cref="TimelineQuery.Find"/>'s, in the same order.
/// </summary>
internal sealed class TimelineYears
{
    private static readonly ConditionalWeakTable<CorpusIndex, TimelineYears> PerIndex = [];

    private readonly IReadOnlyList<TimelineEvent> timeline;
    private readonly int[] firstYears;
    private readonly int[] lastYears;

    private TimelineYears(IReadOnlyList<TimelineEvent> timeline)
    {
        this.timeline = timeline;
        firstYears = new int[timeline.Count];
        lastYears = new int[timeline.Count];
        for (var i = 0; i < timeline.Count; i++)
        {
            var date = timeline[i].Date;
            (firstYears[i], lastYears[i]) = (date.Start.Year, date.LastYear);
        }
    }

    public static TimelineYears For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new TimelineYears(c.Timeline));

    /// <summary>The events dated in the range, in timeline order: <c>TimelineQuery.Find(corpus, null, range)</c>.</summary>
    public List<TimelineEvent> In(DateRange range)
    {
        var found = new List<TimelineEvent>();
        var (from, to) = (range.FromYear, range.ToYear);
        for (var i = 0; i < firstYears.Length; i++)
        {
            // EventDate.Overlaps, the first test DateRange.Contains makes, read from the arrays.
            if (lastYears[i] >= from && firstYears[i] <= to && timeline[i] is var candidate && range.Contains(candidate.Date))
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    /// <summary>
    /// The <paramref name="count"/> events with the highest <see cref="TimelineQuery.TopicCoverage"/> (earlier first among
    /// equals), in timeline order: what sorting them all by coverage and taking the first few gave, without the sort.
    /// </summary>
    public static List<TimelineEvent> Lead(List<TimelineEvent> events, IReadOnlyList<QueryConcept> concepts, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var total = TimelineQuery.TotalWeight(concepts);
        var best = new List<(float Score, int Order)>(count + 1);
        for (var order = 0; order < events.Count; order++)
        {
            var score = concepts.Count == 0 ? 0 : TimelineQuery.Coverage(events[order].Terms, concepts, total);
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
