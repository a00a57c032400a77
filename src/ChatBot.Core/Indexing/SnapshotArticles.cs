using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>The articles section of a snapshot (an article's text kept as compact as it is held in memory).</summary>
internal static class SnapshotArticles
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Article> articles)
    {
        writer.Write(articles.Count);
        foreach (var a in articles)
        {
            writer.Write(a.Id);
            writer.Write(a.Title);
            writer.WriteNullable(a.Author);
            writer.WriteNullable(a.Publisher);
            writer.Write(a.Published);
            writer.Write(a.PublishedInferred);
            writer.WriteNullable(a.Url);
            writer.WriteNullable(a.Language);
            writer.Write(a.Tags.ToArray());
            WriteText(writer, a.Content);
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

    public static List<Article> Read(SnapshotReader reader)
    {
        var articles = new List<Article>(reader.Count(minimumBytes: 16));
        for (var i = articles.Capacity; i > 0; i--)
        {
            var id = reader.String();
            var title = reader.String();
            var author = reader.Nullable();
            var publisher = reader.Nullable();
            var published = reader.Date();
            var inferred = reader.Boolean();
            var url = reader.Nullable();
            var language = reader.Nullable();
            var tags = reader.Strings();
            var text = ReadText(reader);
            var sourcePath = reader.String();
            var hash = reader.String();
            var blocks = new TextBlock[reader.Count(minimumBytes: 9)];
            for (var b = 0; b < blocks.Length; b++)
            {
                blocks[b] = new TextBlock(b, (BlockKind)reader.Byte(), reader.Int32(), reader.Int32());
            }

            articles.Add(new Article(id, title, text, blocks)
            {
                Author = author, Publisher = publisher, Published = published, PublishedInferred = inferred,
                Url = url, Language = language, Tags = tags, SourcePath = sourcePath, ContentHash = hash,
            });
        }

        return articles;
    }

    /// <summary>Narrow text as its Latin-1 bytes (read back straight into the array that keeps it), other text as UTF-8.</summary>
    private static void WriteText(BinaryWriter writer, CompactText text)
    {
        writer.Write(text.Narrow is not null);
        if (text.Narrow is { } narrow)
        {
            writer.Write(narrow.Length);
            writer.Write(narrow);
        }
        else
        {
            writer.Write(text.Value);
        }
    }

    private static CompactText ReadText(SnapshotReader reader) =>
        reader.Boolean() ? CompactText.OfLatin1(reader.Bytes()) : CompactText.Of(reader.String());
}
