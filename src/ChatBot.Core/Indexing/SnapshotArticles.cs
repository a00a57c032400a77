using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>The articles section of a snapshot.</summary>
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
            writer.Write(a.Text);
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
            var text = reader.String();
            var sourcePath = reader.String();
            var hash = reader.String();
            var blocks = new TextBlock[reader.Count(minimumBytes: 9)];
            for (var b = 0; b < blocks.Length; b++)
            {
                blocks[b] = new TextBlock(b, (BlockKind)reader.Byte(), reader.Int32(), reader.Int32());
            }

            articles.Add(new Article
            {
                Id = id, Title = title, Author = author, Publisher = publisher, Published = published, PublishedInferred = inferred,
                Url = url, Language = language, Tags = tags, Text = text, SourcePath = sourcePath, ContentHash = hash, Blocks = blocks,
            });
        }

        return articles;
    }
}
