using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The events each sentence states, keyed by passage ordinal and sentence start packed in one number and kept as two
/// sorted arrays: a large timeline has hundreds of thousands of sources, and a lookup over (passage id, start) tuples
/// cost several times the memory for a table read only a few dozen times per question. Events under one key keep
/// timeline order. A source whose passage is not in the index (only possible in an old or edited snapshot) is kept in
/// a small table of its own.
/// </summary>
internal sealed class EventsBySentence
{
    private readonly long[] keys;
    private readonly TimelineEvent[] events;
    private readonly IReadOnlyDictionary<string, Passage> passagesById;
    private readonly ILookup<(string PassageId, int Start), TimelineEvent> unknown;

    public EventsBySentence(IReadOnlyList<TimelineEvent> timeline, IReadOnlyDictionary<string, Passage> passagesById)
    {
        this.passagesById = passagesById;
        var keyed = new List<(long Key, int Order, TimelineEvent Event)>();
        var others = new List<((string, int) Key, TimelineEvent Event)>();
        foreach (var e in timeline)
        {
            // Read without making the sources a loaded event keeps as its passage (making them all would undo that).
            if (e.UnmadeSource is { } only && passagesById.TryGetValue(only.Id, out var own))
            {
                keyed.Add((Key(own.Ordinal, e.Sentence.Start), keyed.Count, e));
                continue;
            }

            foreach (var s in e.SourcesUnkept)
            {
                if (passagesById.TryGetValue(s.PassageId, out var passage))
                {
                    keyed.Add((Key(passage.Ordinal, s.Start), keyed.Count, e));
                }
                else
                {
                    others.Add(((s.PassageId, s.Start), e));
                }
            }
        }

        keyed.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Order.CompareTo(b.Order));
        keys = [.. keyed.Select(k => k.Key)];
        events = [.. keyed.Select(k => k.Event)];
        unknown = others.ToLookup(x => x.Key, x => x.Event);
    }

    public IEnumerable<TimelineEvent> At(string passageId, int start)
    {
        if (!passagesById.TryGetValue(passageId, out var passage))
        {
            return unknown[(passageId, start)];
        }

        var key = Key(passage.Ordinal, start);
        var first = Array.BinarySearch(keys, key);
        if (first < 0)
        {
            return [];
        }

        while (first > 0 && keys[first - 1] == key)
        {
            first--;
        }

        var end = first + 1;
        while (end < keys.Length && keys[end] == key)
        {
            end++;
        }

        return new ArraySegment<TimelineEvent>(events, first, end - first);
    }

    private static long Key(int passageOrdinal, int start) => ((long)passageOrdinal << 32) | (uint)start;
}
