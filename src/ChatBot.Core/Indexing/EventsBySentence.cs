using System.Runtime.InteropServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The events each sentence states, as three flat arrays: per passage ordinal where its entries begin, and per entry the
/// sentence start (from its passage's start: two bytes, where the place in the article took four) and the event's place
/// in the timeline, sorted by passage, start and timeline order. A large timeline has
/// hundreds of thousands of sources, and a lookup over (passage id, start) tuples cost several times the memory for a
/// table read only a few dozen times per question. Events under one key keep timeline order. A source whose passage is not
/// in the index (only possible in an old or edited snapshot) is kept in a small table of its own.
/// </summary>
internal sealed class EventsBySentence
{
    private readonly IReadOnlyList<TimelineEvent> timeline;
    private readonly int[] passageEntries;
    private readonly NarrowInts starts;
    private readonly int[] events;
    private readonly IReadOnlyDictionary<string, Passage> passagesById;
    private readonly ILookup<(string PassageId, int Start), TimelineEvent> unknown;

    public EventsBySentence(IReadOnlyList<TimelineEvent> timeline, IReadOnlyDictionary<string, Passage> passagesById)
    {
        this.timeline = timeline;
        this.passagesById = passagesById;
        var (passageOf, startOf, rowOf) = (new List<int>(timeline.Count), new List<int>(timeline.Count), new List<int>(timeline.Count));
        var others = new List<((string, int) Key, TimelineEvent Event)>();
        var passages = passagesById.Count == 0 ? 0 : passagesById.Values.Max(p => p.Ordinal) + 1;
        var columns = TimelineColumns.Of(timeline);
        for (var i = 0; i < timeline.Count; i++)
        {
            // A loaded timeline's rows give their sentence without an event made for each.
            if (columns is not null && columns.KeptAt(i) is null && columns.PassageAt(i) is var ordinal && ordinal < passages)
            {
                AddEntry(ordinal, columns.SentenceOffsetAt(i), i);
                continue;
            }

            var e = timeline[i];
            // Read without making the sources a loaded event keeps as its passage (making them all would undo that).
            if (e.UnmadeSource is { } only && passagesById.TryGetValue(only.Id, out var own))
            {
                Add(own, e.Sentence.Start, i);
                continue;
            }

            foreach (var s in e.SourcesUnkept)
            {
                if (passagesById.TryGetValue(s.PassageId, out var passage))
                {
                    Add(passage, s.Start, i);
                }
                else
                {
                    others.Add(((s.PassageId, s.Start), e));
                }
            }
        }

        void Add(Passage passage, int start, int row) => AddEntry(passage.Ordinal, Offset(passage, start), row);

        void AddEntry(int passage, int start, int row)
        {
            passageOf.Add(passage);
            startOf.Add(start);
            rowOf.Add(row);
        }

        // Entries are added in timeline order, and the order keeps entries of one sentence in the order they were added.
        var starts = CollectionsMarshal.AsSpan(startOf);
        (passageEntries, var entries) = SentenceOrder.Of(CollectionsMarshal.AsSpan(passageOf), starts, passages);
        var sortedStarts = new int[entries.Length];
        events = new int[entries.Length];
        for (var k = 0; k < entries.Length; k++)
        {
            (sortedStarts[k], events[k]) = (starts[entries[k]], rowOf[entries[k]]);
        }

        this.starts = NarrowInts.Of(sortedStarts);
        unknown = others.ToLookup(x => x.Key, x => x.Event);
    }

    public IEnumerable<TimelineEvent> At(string passageId, int start) =>
        passagesById.TryGetValue(passageId, out var passage) ? At(passage, start) : unknown[(passageId, start)];

    /// <summary>The events of the sentence at <paramref name="start"/> of the index's passage <paramref name="passage"/>.</summary>
    public IReadOnlyList<TimelineEvent> At(Passage passage, int start)
    {
        var ordinal = passage.Ordinal;
        var offset = Offset(passage, start);
        if ((uint)ordinal >= (uint)(passageEntries.Length - 1))
        {
            return [];
        }

        // The first entry at the offset (entries of a passage are sorted by it), then the run of equal ones.
        var (first, to) = (passageEntries[ordinal], passageEntries[ordinal + 1]);
        var end = to;
        while (first < end)
        {
            var middle = first + ((end - first) >> 1);
            if (starts[middle] < offset)
            {
                first = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        end = first;
        while (end < to && starts[end] == offset)
        {
            end++;
        }

        if (end == first)
        {
            return [];
        }

        var found = new TimelineEvent[end - first];
        for (var i = 0; i < found.Length; i++)
        {
            found[i] = timeline[events[first + i]];
        }

        return found;
    }

    // Wrapping, as only an edited snapshot's source could be that far from its passage: two starts of one passage wrap to
    // the same offset only when they are the same start, so a lookup still finds exactly the entries it found by start.
    private static int Offset(Passage passage, int start) => unchecked(start - passage.Start);
}
