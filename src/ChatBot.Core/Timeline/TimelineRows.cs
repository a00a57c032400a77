using System.Collections;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Some rows of a timeline, in timeline order, as a list that makes each event when it is read: a year of a large
/// timeline holds thousands of events, of which an answer quotes two and attaches ten. The terms of a row are read from a
/// loaded timeline's columns without an event made.
/// </summary>
internal sealed class TimelineRows(IReadOnlyList<TimelineEvent> timeline, int[] rows) : IReadOnlyList<TimelineEvent>
{
    private readonly TimelineColumns? columns = TimelineColumns.Of(timeline);

    public int Count => rows.Length;

    public TimelineEvent this[int index] => timeline[rows[index]];

    public EventTerms TermsAt(int index) => columns?.TermsAt(rows[index]) ?? timeline[rows[index]].Terms;

    public IEnumerator<TimelineEvent> GetEnumerator()
    {
        foreach (var row in rows)
        {
            yield return timeline[row];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
