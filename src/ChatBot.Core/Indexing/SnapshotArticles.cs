using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The articles section of a snapshot. Formats 9 and 10: the texts packed together (<see cref="SnapshotPackedTexts"/>),
/// then the article records (metadata, where each text lies, its paragraphs) as one block followed by its checksum, so a
/// flipped bit in a title, a link or a text's place fails the load rather than showing up in an answer. Formats 6 and 8
/// kept each text inside its record (<see cref="SnapshotWholeTexts"/>) and the records without a checksum.
/// </summary>
internal static class SnapshotArticles
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Article> articles, int format)
    {
        if (IndexSnapshotFormat.IsWholeText(format))
        {
            WriteRecords(writer, articles, (w, a, _) => SnapshotWholeTexts.Write(w, a.Content, checksums: format == IndexSnapshotFormat.WithTextChecksums));
            return;
        }

        var places = SnapshotPackedTexts.Write(writer, articles);
        using var records = new MemoryStream();
        using (var recordWriter = new BinaryWriter(records, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteRecords(recordWriter, articles, (w, _, i) => SnapshotPackedTexts.WritePlace(w, places[i]));
        }

        var bytes = records.GetBuffer().AsSpan(0, (int)records.Length);
        writer.Write(bytes.Length);
        writer.Write(bytes);
        writer.Write(SnapshotChecksum.Strong(bytes));
    }

    public static List<Article> Read(SnapshotReader reader, int format)
    {
        if (IndexSnapshotFormat.IsWholeText(format))
        {
            // Text an older file kept inside each record is packed now, so any load holds what a current load holds.
            var whole = ReadRecords(reader, r => SnapshotWholeTexts.Read(r, checksums: format == IndexSnapshotFormat.WithTextChecksums));
            return SnapshotPackedTexts.Repacked(whole);
        }

        var packed = SnapshotPackedTexts.Read(reader);
        var bytes = reader.Bytes();
        if (reader.UInt64() != SnapshotChecksum.Strong(bytes))
        {
            throw new InvalidDataException("snapshot article records are damaged (their checksum does not match)");
        }

        var records = new SnapshotReader(new MemoryStream(bytes, writable: false));
        var articles = ReadRecords(records, r => SnapshotPackedTexts.ReadPlace(r, packed));
        return records.AtEnd ? articles : throw new InvalidDataException("snapshot article records are malformed");
    }

    private static void WriteRecords(BinaryWriter writer, IReadOnlyList<Article> articles, Action<BinaryWriter, Article, int> writeText)
    {
        writer.Write(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            writer.Write(a.Id);
            writer.Write(a.Title);
            writer.WriteNullable(a.Author);
            writer.WriteNullable(a.Publisher);
            writer.Write(a.Published);
            writer.Write(a.PublishedInferred);
            writer.WriteNullable(a.Url);
            writer.WriteNullable(a.Language);
            writer.Write(a.Tags.ToArray());
            writeText(writer, a, i);
            writer.Write(a.SourcePath);
            writer.Write(a.ContentHash);
            writer.Write(a.Blocks.Count);
            foreach (var b in a.Blocks)
            {
                writer.Write((byte)b.Kind);
                writer.Write(b.Start);
                writer.Write(b.Length);
            }
        }
    }

    private static List<Article> ReadRecords(SnapshotReader reader, Func<SnapshotReader, CompactText> readText)
    {
        // Authors, publishers, languages and tags repeat across a corpus ("en" on every article): each kept once. An
        // article without tags shares the empty list rather than holding an empty array of its own.
        var repeated = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Once(string? value) => value is null ? null : repeated.TryAdd(value, value) ? value : repeated[value];
        var articles = new List<Article>(reader.Count(minimumBytes: 16));
        // Every article's paragraphs in one set of columns (TextBlocks), not a record each.
        var blocks = new TextBlocks.Builder();
        for (var i = articles.Capacity; i > 0; i--)
        {
            var id = reader.String();
            var title = reader.String();
            var author = Once(reader.Nullable());
            var publisher = Once(reader.Nullable());
            var published = reader.Date();
            var inferred = reader.Boolean();
            var url = reader.Nullable();
            var language = Once(reader.Nullable());
            var tags = reader.Strings();
            for (var t = 0; t < tags.Length; t++)
            {
                tags[t] = Once(tags[t])!;
            }

            var text = readText(reader);
            var sourcePath = reader.String();
            var hash = reader.String();
            for (var b = reader.Count(minimumBytes: 9); b > 0; b--)
            {
                blocks.Add((BlockKind)reader.Byte(), reader.Int32(), reader.Int32());
            }

            articles.Add(new Article(id, title, text, blocks.Close())
            {
                Author = author, Publisher = publisher, Published = published, PublishedInferred = inferred,
                Url = url, Language = language, Tags = tags.Length == 0 ? [] : tags, SourcePath = sourcePath, ContentHash = hash,
            });
        }

        blocks.Finish();
        return articles;
    }
}
