using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The articles section of a snapshot (an article's text kept as compact as it is held in memory, with a checksum of its
/// characters from format 8 on: a quote must never come from damaged bytes).
/// </summary>
internal static class SnapshotArticles
{
    /// <param name="checksums">False writes format 6's text: whole, without checksums.</param>
    public static void Write(BinaryWriter writer, IReadOnlyList<Article> articles, bool checksums)
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
            WriteText(writer, a.Content, checksums);
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

    /// <param name="checksums">Whether each text is followed by its checksum (format 8; format 6 had none).</param>
    public static List<Article> Read(SnapshotReader reader, bool checksums)
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
            var text = ReadText(reader, checksums);
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

    // How a text is stored: format 6 wrote only the first two, as a Boolean (true for narrow), so its files read as they are.
    private const byte Wide = 0;
    private const byte Narrow = 1;
    private const byte Packed = 2;

    /// <summary>
    /// Text as its compressed blocks when compressing makes it smaller (what a load keeps in memory), else narrow text as
    /// its Latin-1 bytes and other text as UTF-8. The index being saved keeps its text as it holds it.
    /// </summary>
    private static void WriteText(BinaryWriter writer, CompactText text, bool checksums)
    {
        // Format 6 (no checksums) kept every text whole.
        if (checksums && text.Packed() is { } packed)
        {
            writer.Write(Packed);
            writer.Write(packed.Length);
            writer.Write((byte)packed.CharSize);
            writer.Write(packed.Ends);
            writer.Write(packed.Data.Length);
            writer.Write(packed.Data);
            writer.Write(packed.Checksum());
        }
        else if (text.Narrow is { } narrow)
        {
            writer.Write(Narrow);
            writer.Write(narrow.Length);
            writer.Write(narrow);
            if (checksums)
            {
                writer.Write(SnapshotChecksum.Of(narrow));
            }
        }
        else
        {
            writer.Write(Wide);
            writer.Write(text.Value);
            if (checksums)
            {
                writer.Write(WideChecksum(text.Value));
            }
        }
    }

    /// <summary>The text as saved; text a format-6 file kept whole is packed now, so any load holds the same.</summary>
    private static CompactText ReadText(SnapshotReader reader, bool checksums)
    {
        var text = reader.Byte() switch
        {
            Packed => CompactText.Of(PackedText.Read(reader.Int32(), reader.Byte(), reader.Ints(), reader.Bytes(), checksums ? reader.UInt64() : null)),
            Narrow => Checked(reader.Bytes(), reader, checksums, static narrow => SnapshotChecksum.Of(narrow), CompactText.OfLatin1),
            Wide => Checked(reader.String(), reader, checksums, WideChecksum, CompactText.Of),
            _ => throw new InvalidDataException("snapshot article text has an unknown encoding"),
        };
        return text.Packed() is { } packed ? CompactText.Of(packed) : text;
    }

    private static CompactText Checked<T>(T stored, SnapshotReader reader, bool checksums, Func<T, ulong> checksum, Func<T, CompactText> text)
    {
        if (checksums && reader.UInt64() != checksum(stored))
        {
            throw new InvalidDataException("snapshot article text is damaged (its checksum does not match)");
        }

        return text(stored);
    }

    private static ulong WideChecksum(string text) => SnapshotChecksum.Of(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
}
