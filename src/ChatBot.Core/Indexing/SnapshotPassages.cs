using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>The passages section of a snapshot; passage text is not stored but sliced again from the article.</summary>
internal static class SnapshotPassages
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Passage> passages)
    {
        writer.Write(passages.Count);
        foreach (var p in passages)
        {
            writer.Write(p.Id);
            writer.Write(p.ArticleOrdinal);
            writer.Write(p.BlockIndex);
            writer.Write((byte)p.Kind);
            writer.Write(p.Start);
            writer.Write(p.Length);
            writer.WriteNullable(p.Heading);
            writer.Write(p.Sentences.Count);
            foreach (var s in p.Sentences)
            {
                writer.Write(s.Start);
                writer.Write(s.Length);
            }
        }
    }

    public static List<Passage> Read(BinaryReader reader, IReadOnlyList<Article> articles)
    {
        var passages = new List<Passage>(reader.ReadInt32());
        for (var ordinal = 0; ordinal < passages.Capacity; ordinal++)
        {
            var id = reader.ReadString();
            var articleOrdinal = reader.ReadInt32();
            var article = articles[articleOrdinal];
            var blockIndex = reader.ReadInt32();
            var kind = (BlockKind)reader.ReadByte();
            var start = reader.ReadInt32();
            var length = reader.ReadInt32();
            var heading = reader.ReadNullable();
            var sentences = new TextSpan[reader.ReadInt32()];
            for (var s = 0; s < sentences.Length; s++)
            {
                sentences[s] = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
            }

            passages.Add(new Passage
            {
                Ordinal = ordinal, Id = id, ArticleId = article.Id, ArticleOrdinal = articleOrdinal, BlockIndex = blockIndex,
                Kind = kind, Start = start, Length = length, Text = article.Text.Substring(start, length), Heading = heading, Sentences = sentences,
            });
        }

        return passages;
    }
}
