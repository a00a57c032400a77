using ChatBot.Core.Corpus;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Format 9's article text: every article's characters packed one after another into <see cref="PackedText"/>s (one
/// unless the corpus passes a gigabyte), each written as its compressed blocks followed by the checksum of all its
/// decoded bytes; an article record then says where its text lies (<see cref="WritePlace"/>), under the records'
/// checksum. A load holds the blocks as they are written.
/// </summary>
internal static class SnapshotPackedTexts
{
    /// <summary>Writes the packed texts of <paramref name="articles"/>' text and returns where each article's lies.</summary>
    public static Place[] Write(BinaryWriter writer, IReadOnlyList<Article> articles)
    {
        var (packed, checksums, places) = Pack(articles);
        writer.Write(packed.Count);
        for (var i = 0; i < packed.Count; i++)
        {
            writer.Write(packed[i].BlockBytes);
            writer.Write(packed[i].Length);
            writer.Write(packed[i].Ends.ToArray());
            writer.Write(packed[i].Data.Length);
            writer.Write(packed[i].Data);
            writer.Write(checksums[i]);
        }

        return places;
    }

    public static PackedText[] Read(SnapshotReader reader)
    {
        var packed = new PackedText[reader.Count(minimumBytes: 24)];
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = PackedText.Read(reader.Int32(), reader.Int32(), reader.Ints(), reader.Bytes(), reader.UInt64());
        }

        return packed;
    }

    public static void WritePlace(BinaryWriter writer, Place place)
    {
        writer.Write(place.Length);
        if (place.Length > 0)
        {
            writer.Write((byte)place.CharSize);
            writer.Write(place.Packed);
            writer.Write(place.Start);
        }
    }

    public static CompactText ReadPlace(SnapshotReader reader, PackedText[] packed)
    {
        var length = reader.Int32();
        if (length == 0)
        {
            return CompactText.Empty;
        }

        var charSize = reader.Byte();
        var which = reader.Int32();
        var start = reader.Int32();
        return (uint)which < (uint)packed.Length
            ? CompactText.In(packed[which], start, length, charSize)
            : throw new InvalidDataException("snapshot article text names a packed text that is not there");
    }

    /// <summary>The articles with their text packed together, as a format-9 load holds it (an older file's text was whole).</summary>
    public static List<Article> Repacked(List<Article> articles)
    {
        var (packed, _, places) = Pack(articles);
        for (var i = 0; i < articles.Count; i++)
        {
            var place = places[i];
            var text = place.Length == 0 ? CompactText.Empty : CompactText.In(packed[place.Packed], place.Start, place.Length, place.CharSize);
            articles[i] = articles[i].WithContent(text);
        }

        return articles;
    }

    private static (List<PackedText> Packed, List<ulong> Checksums, Place[] Places) Pack(IReadOnlyList<Article> articles)
    {
        var packed = new List<PackedText>();
        var checksums = new List<ulong>();
        var places = new Place[articles.Count];
        var builder = new PackedTextBuilder();
        for (var i = 0; i < articles.Count; i++)
        {
            var text = articles[i].Content;
            if (text.Length == 0)
            {
                continue;
            }

            if (!builder.Fits(text.Length * text.CharSize))
            {
                Finish(builder, packed, checksums);
                builder = new PackedTextBuilder();
            }

            places[i] = new Place(packed.Count, text.PackInto(builder), text.Length, text.CharSize);
        }

        Finish(builder, packed, checksums);
        return (packed, checksums, places);
    }

    private static void Finish(PackedTextBuilder builder, List<PackedText> packed, List<ulong> checksums)
    {
        if (builder.Build(out var checksum) is { } done)
        {
            packed.Add(done);
            checksums.Add(checksum);
        }
    }

    /// <summary>Where an article's text lies: which packed text, its first byte, its characters and their size.</summary>
    public readonly record struct Place(int Packed, int Start, int Length, int CharSize);
}
