using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The binary layout of an index snapshot: header (magic, format version, engine version, fingerprint), then
/// articles, load reports, passages, the index arrays and the timeline. Strings are length-prefixed UTF-8.
/// </summary>
internal static class IndexSnapshotFormat
{
    private const int Magic = 0x58494243; // "CBIX"
    private const int FormatVersion = 3;

    public static void Write(Stream stream, CorpusIndex index)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Text.EngineInfo.Version);
        writer.Write(index.Fingerprint);
        SnapshotArticles.Write(writer, index.Articles);
        WriteReports(writer, index.Rejected);
        WriteReports(writer, index.Warnings);
        SnapshotPassages.Write(writer, index.Passages);
        SnapshotArrays.Write(writer, index.Index.Arrays);
        SnapshotTimeline.Write(writer, index.Timeline);
        WriteVectors(writer, index.Vectors);
    }

    public static CorpusIndex Read(Stream stream, string expectedFingerprint, Text.TextAnalyzer analyzer)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != Text.EngineInfo.Version || reader.ReadString() != expectedFingerprint)
        {
            throw new InvalidDataException("snapshot is for another engine or corpus");
        }

        var articles = SnapshotArticles.Read(reader);
        var rejected = ReadReports(reader);
        var warnings = ReadReports(reader);
        var passages = SnapshotPassages.Read(reader, articles);
        var arrays = SnapshotArrays.Read(reader);
        var timeline = SnapshotTimeline.Read(reader);
        var index = new CorpusIndex(expectedFingerprint, articles, passages, new InvertedIndex(arrays), timeline, rejected, analyzer) { Warnings = warnings };
        return index.WithVectors(ReadVectors(reader, passages.Count));
    }

    private static void WriteVectors(BinaryWriter writer, PassageVectors? vectors)
    {
        writer.Write(vectors?.EncoderId ?? "");
        writer.Write(vectors?.Dimensions ?? 0);
        foreach (var value in vectors?.Data ?? [])
        {
            writer.Write(value);
        }
    }

    private static PassageVectors? ReadVectors(BinaryReader reader, int passages)
    {
        var encoder = reader.ReadString();
        var dimensions = reader.ReadInt32();
        if (encoder.Length == 0)
        {
            return null;
        }

        if (dimensions is < 1 or > 4096)
        {
            throw new InvalidDataException("snapshot vectors are malformed");
        }

        var data = new float[passages * dimensions];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = reader.ReadSingle();
        }

        return new PassageVectors(encoder, dimensions, data);
    }

    private static void WriteReports(BinaryWriter writer, IReadOnlyList<RejectedFile> reports)
    {
        writer.Write(reports.Count);
        foreach (var report in reports)
        {
            writer.Write(report.Path);
            writer.Write(report.Reason);
        }
    }

    private static List<RejectedFile> ReadReports(BinaryReader reader) =>
        [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => new RejectedFile(reader.ReadString(), reader.ReadString()))];
}
