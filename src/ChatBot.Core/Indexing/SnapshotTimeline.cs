using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>The timeline section of a snapshot.</summary>
internal static class SnapshotTimeline
{
    public static void Write(BinaryWriter writer, IReadOnlyList<TimelineEvent> events)
    {
        writer.Write(events.Count);
        foreach (var e in events)
        {
            writer.Write(e.Date.Start);
            writer.Write(e.Date.End);
            writer.Write(e.Date.IsDecade);
            writer.Write((byte)e.Date.Qualifier);
            writer.Write(e.Date.Inferred);
            writer.Write(e.Text);
            writer.Write(e.CorpusOrder);
            writer.Write(e.Terms);
            writer.Write(e.Sources.Count);
            foreach (var s in e.Sources)
            {
                writer.Write(s.ArticleId);
                writer.Write(s.PassageId);
                writer.Write(s.Start);
                writer.Write(s.Length);
                writer.Write(s.Quote);
            }
        }
    }

    public static List<TimelineEvent> Read(BinaryReader reader)
    {
        var events = new List<TimelineEvent>(reader.ReadInt32());
        for (var i = events.Capacity; i > 0; i--)
        {
            var date = new EventDate(reader.ReadDate() ?? throw new InvalidDataException("event without a date"), reader.ReadDate(), reader.ReadBoolean(), (DateQualifier)reader.ReadByte(), reader.ReadBoolean());
            var text = reader.ReadString();
            var order = reader.ReadInt32();
            var terms = reader.ReadInts();
            var sources = Enumerable.Range(0, reader.ReadInt32())
                .Select(_ => new TimelineSource(reader.ReadString(), reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadString()))
                .ToList();
            events.Add(new TimelineEvent(date, text, sources, terms, order));
        }

        return events;
    }
}
