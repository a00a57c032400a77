using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Admin;

/// <summary>
/// Names a timeline event by the sentence that first states it ("passage-id@start"), so a flag in the moderation log
/// still finds its event after a reload, as long as that sentence is still where it was.
/// </summary>
public static class TimelineEventKey
{
    public static string Of(TimelineEvent timelineEvent) =>
        timelineEvent.Sources is [var first, ..] ? $"{first.PassageId}@{first.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";

    /// <summary>The event a key names in this index, or null when the key is malformed or its sentence is gone.</summary>
    public static TimelineEvent? Find(CorpusIndex corpus, string key)
    {
        var at = key.LastIndexOf('@');
        return at > 0 && int.TryParse(key.AsSpan(at + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start)
            ? corpus.EventsAt(key[..at], start).FirstOrDefault()
            : null;
    }
}
