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
/// text is stored as the compressed blocks a loaded index keeps, each text followed by the checksum of its characters
/// (format 8); all articles' text packed together into shared blocks, and the article records under a checksum of their
/// own (format 9); posting weights stored as the index holds them, a table of the distinct floats and a two-byte code a
/// posting when they fit one, else the floats (format 10); every passage's words numbered, with which sentences are runs
/// of them (format 11, <see cref="PassageWords"/>: the first question to read a passage tokenised it and looked every word
/// up in a table); the passage words' vocabulary as a word table's bytes and their numbers by frequency, a byte for most
/// words (format 12, <see cref="PassageWordsCode"/>: two bytes a word before). Format 12 also reads format 11's and 10's
/// files, and 6's and 8's (they differ in the articles section and store one float a posting, coded as read); for those
/// the passage words are read from the texts at load, once, since a loaded older snapshot is written again in the
/// current format. Format 9 is rebuilt from the corpus, as are format 7
/// (compressed text without checksums, on main for an hour) and everything older than 6: reading it would add a third
/// mix of sections (packed text, float weights) for a file no build of this code can be given — a snapshot written by
/// another build of the engine is rebuilt whatever its format, since the header's engine version changes with the code.
/// </summary>
internal static class IndexSnapshotFormat
{
    private const int Magic = 0x58494243; // "CBIX"
    private const int FormatVersion = 12;

    /// <summary>Format 10: posting weights coded, passage words not stored.</summary>
    public const int WithoutPassageWords = 10;

    /// <summary>Format 11: passage words stored, the vocabulary in ordinal order and two bytes a word.</summary>
    public const int OrdinalPassageWords = 11;

    /// <summary>Format 6: each text whole inside its record, without checksums (what an older release wrote).</summary>
    public const int WithoutTextChecksums = 6;

    /// <summary>Format 8: each text inside its record (compressed on its own when smaller), followed by its checksum.</summary>
    public const int WithTextChecksums = 8;

    public const int Current = FormatVersion;

    /// <param name="format">The current format, or format 6, 8, 10 or 11 (what earlier releases wrote: tests read them back).</param>
    public static void Write(Stream stream, CorpusIndex index, int format = FormatVersion)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(IsRead(format), true, nameof(format));
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(format);
        writer.Write(Text.EngineInfo.Version);
        writer.Write(index.Fingerprint);
        SnapshotArticles.Write(writer, index.Articles, format);
        WriteReports(writer, index.Rejected);
        WriteReports(writer, index.Warnings);
        SnapshotPassages.Write(writer, index.Passages, index.Articles);
        var arrays = index.Index.Arrays;
        if (HasPassageWords(format) && arrays.PassageWords is null)
        {
            arrays = arrays with { PassageWords = PassageWordsLayout.FromTexts(index.Passages, index.Articles) };
        }

        SnapshotArrays.Write(writer, arrays, format);
        SnapshotTimeline.Write(writer, index.Timeline, index.Passages, index.Articles);
        WriteVectors(writer, index.Vectors);
    }

    public static CorpusIndex Read(Stream snapshot, string expectedFingerprint, Text.TextAnalyzer analyzer)
    {
        var reader = new SnapshotReader(snapshot);
        var magic = reader.Int32();
        var format = reader.Int32();
        if (magic != Magic || !IsRead(format) || reader.String() != Text.EngineInfo.Version || reader.String() != expectedFingerprint)
        {
            throw new InvalidDataException("snapshot is for another engine, format or corpus");
        }

        var articles = SnapshotArticles.Read(reader, format);
        var rejected = ReadReports(reader);
        var warnings = ReadReports(reader);
        var passages = SnapshotPassages.Read(reader, articles);
        var arrays = WithPassageWords(SnapshotArraysCheck.Checked(SnapshotArrays.Read(reader, format), Array.ConvertAll(passages, p => p.Sentences.Count)), passages, articles);
        var timeline = SnapshotTimeline.Read(reader, passages, articles);
        var vectors = ReadVectors(reader, passages.Length);
        if (!reader.AtEnd || arrays.PassageCount != passages.Length)
        {
            throw new InvalidDataException("snapshot sections disagree");
        }

        return new CorpusIndex(expectedFingerprint, articles, passages, new InvertedIndex(arrays), timeline, rejected, analyzer)
        {
            Warnings = warnings, Vectors = vectors, FromOlderSnapshot = format != FormatVersion,
        };
    }

    private static bool IsRead(int format) => format is WithoutTextChecksums or WithTextChecksums or WithoutPassageWords or OrdinalPassageWords or FormatVersion;

    /// <summary>The format stores passage words (format 11's are read past, and made from the texts).</summary>
    public static bool HasPassageWords(int format) => format is OrdinalPassageWords or FormatVersion;

    /// <summary>The stored passage words once checked, or (an older format) read from the passages' texts.</summary>
    private static IndexArrays WithPassageWords(IndexArrays arrays, Passage[] passages, IReadOnlyList<Article> articles)
    {
        if (arrays.PassageWords is not { } words)
        {
            return arrays with { PassageWords = PassageWordsLayout.FromTexts(passages, articles) };
        }

        return PassageWordsCheck.Holds(words, Array.ConvertAll(passages, p => p.Length), arrays.SentenceOffsets)
            ? arrays
            : throw new InvalidDataException(PassageWordsCheck.Malformed);
    }

    /// <summary>Formats 6 and 8: each text whole inside its record, one float a posting (read, and written only by tests).</summary>
    public static bool IsWholeText(int format) => format is WithoutTextChecksums or WithTextChecksums;

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
