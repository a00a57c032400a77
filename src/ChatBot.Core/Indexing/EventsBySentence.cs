using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The events each sentence states, as three flat arrays: per passage ordinal where its entries begin, and per entry the
/// sentence start and the event's place in the timeline, sorted by passage, start and timeline order. A large timeline has
/// hundreds of thousands of sources, and a lookup over (passage id, start) tuples cost several times the memory for a
/// table read only a few dozen times per question. Events under one key keep timeline order. A source whose passage is not
/// in the index (only possible in an old or edited snapshot) is kept in a small table of its own.
/// </summary>
internal sealed class EventsBySentence
{
    private readonly IReadOnlyList<TimelineEvent> timeline;
    private readonly int[] passageEntries;
    private readonly int[] starts;
    private readonly int[] events;
    private readonly IReadOnlyDictionary<string, Passage> passagesById;
    private readonly ILookup<(string PassageId, int Start), TimelineEvent> unknown;

    public EventsBySentence(IReadOnlyList<TimelineEvent> timeline, IReadOnlyDictionary<string, Passage> passagesById)
    {
        this.timeline = timeline;
        this.passagesById = passagesById;
        var keyed = new List<(int Passage, int Start, int Event)>();
        var others = new List<((string, int) Key, TimelineEvent Event)>();
        var passages = passagesById.Count == 0 ? 0 : passagesById.Values.Max(p => p.Ordinal) + 1;
        var columns = TimelineColumns.Of(timeline);
        for (var i = 0; i < timeline.Count; i++)
        {
            // A loaded timeline's rows give their sentence without an event made for each.
            if (columns is not null && columns.KeptAt(i) is null && columns.SentenceAt(i) is var (ordinal, sentenceStart) && ordinal < passages)
            {
                keyed.Add((ordinal, sentenceStart, i));
                continue;
            }

            var e = timeline[i];
            // Read without making the sources a loaded event keeps as its passage (making them all would undo that).
            if (e.UnmadeSource is { } only && passagesById.TryGetValue(only.Id, out var own))
            {
                keyed.Add((own.Ordinal, e.Sentence.Start, i));
                continue;
            }

            foreach (var s in e.SourcesUnkept)
            {
                if (passagesById.TryGetValue(s.PassageId, out var passage))
                {
                    keyed.Add((passage.Ordinal, s.Start, i));
                }
                else
                {
                    others.Add(((s.PassageId, s.Start), e));
                }
            }
        }

        // Entries are added in timeline order, so the event's place breaks ties as the order of adding did.
        keyed.Sort();
        passageEntries = new int[passages + 1];
        foreach (var k in keyed)
        {
            passageEntries[k.Passage + 1]++;
        }

        for (var p = 0; p < passages; p++)
        {
            passageEntries[p + 1] += passageEntries[p];
        }

        starts = [.. keyed.Select(k => k.Start)];
        events = [.. keyed.Select(k => k.Event)];
        unknown = others.ToLookup(x => x.Key, x => x.Event);
    }

    public IEnumerable<TimelineEvent> At(string passageId, int start) =>
        passagesById.TryGetValue(passageId, out var passage) ? At(passage.Ordinal, start) : unknown[(passageId, start)];

    /// <summary>The events of the sentence at <paramref name="start"/> of the index's passage <paramref name="ordinal"/>.</summary>
    public IReadOnlyList<TimelineEvent> At(int ordinal, int start)
    {
        if ((uint)ordinal >= (uint)(passageEntries.Length - 1))
        {
            return [];
        }

        var (from, to) = (passageEntries[ordinal], passageEntries[ordinal + 1]);
        var first = starts.AsSpan(from, to - from).BinarySearch(start);
        if (first < 0)
        {
            return [];
        }

        first += from;
        while (first > from && starts[first - 1] == start)
        {
            first--;
        }

        var end = first + 1;
        while (end < to && starts[end] == start)
        {
            end++;
        }

        var found = new TimelineEvent[end - first];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = timeline[events[first + i]];
        }

        return found;
    }
}
