using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The binary layout of an index snapshot: header (magic, format version, engine version, fingerprint), then
/// articles, load reports, passages, the index arrays and the timeline. Strings are length-prefixed UTF-8; arrays are
/// a count and their raw little-endian bytes, and passages are stored as columns, so a load is one read of the file
/// and a block copy per array; article text that fits in Latin-1 is stored as one byte a character and loaded as it is
/// kept; a passage's token terms and positions are stored as narrow as their largest values allow (format 6); article
/// text is stored as the compressed blocks a loaded index keeps (format 7, which also reads format 6's files: they
/// differ only in that text, and its text is packed as it is read). Older formats are rebuilt from the corpus.
/// </summary>
internal static class IndexSnapshotFormat
{
    private const int Magic = 0x58494243; // "CBIX"
    private const int FormatVersion = 7;
    private const int OldestReadable = 6;

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
        SnapshotPassages.Write(writer, index.Passages, index.Articles);
        SnapshotArrays.Write(writer, index.Index.Arrays);
        SnapshotTimeline.Write(writer, index.Timeline, index.Passages, index.Articles);
        WriteVectors(writer, index.Vectors);
    }

    public static CorpusIndex Read(Stream snapshot, string expectedFingerprint, Text.TextAnalyzer analyzer)
    {
        var reader = new SnapshotReader(snapshot);
        if (reader.Int32() != Magic || reader.Int32() is < OldestReadable or > FormatVersion || reader.String() != Text.EngineInfo.Version || reader.String() != expectedFingerprint)
        {
            throw new InvalidDataException("snapshot is for another engine, format or corpus");
        }

        var articles = SnapshotArticles.Read(reader);
        var rejected = ReadReports(reader);
        var warnings = ReadReports(reader);
        var passages = SnapshotPassages.Read(reader, articles);
        var arrays = SnapshotArraysCheck.Checked(SnapshotArrays.Read(reader), Array.ConvertAll(passages, p => p.Sentences.Count));
        var timeline = SnapshotTimeline.Read(reader, passages, articles);
        var vectors = ReadVectors(reader, passages.Length);
        if (!reader.AtEnd || arrays.PassageCount != passages.Length)
        {
            throw new InvalidDataException("snapshot sections disagree");
        }

        return new CorpusIndex(expectedFingerprint, articles, passages, new InvertedIndex(arrays), timeline, rejected, analyzer) { Warnings = warnings, Vectors = vectors };
    }

    private static void WriteVectors(BinaryWriter writer, PassageVectors? vectors)
    {
        writer.Write(vectors?.EncoderId ?? "");
        writer.Write(vectors?.Dimensions ?? 0);
        writer.Write(vectors?.Data.Length ?? 0);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes((vectors?.Data ?? []).AsSpan()));
    }

    private static PassageVectors? ReadVectors(SnapshotReader reader, int passages)
    {
        var encoder = reader.String();
        var dimensions = reader.Int32();
        var data = reader.Floats();
        if (encoder.Length == 0)
        {
            return null;
        }

        if (dimensions is < 1 or > 4096 || data.Length != passages * dimensions)
        {
            throw new InvalidDataException("snapshot vectors are malformed");
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

    private static RejectedFile[] ReadReports(SnapshotReader reader)
    {
        var reports = new RejectedFile[reader.Count(minimumBytes: 2)];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = new RejectedFile(reader.String(), reader.String());
        }

        return reports;
    }
}
