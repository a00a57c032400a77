using System.Runtime.InteropServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The passages section of a snapshot, as columns (one array per property, headings as a table of distinct strings,
/// every sentence span in one array), so loading is a few block copies. Passage text is not stored: a passage is a
/// slice of its article's text. Ids are stored only when they are not the usual "{articleId}#p{n}".
/// </summary>
internal static class SnapshotPassages
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Passage> passages, IReadOnlyList<Article> articles)
    {
        var headings = new Dictionary<string, int>(StringComparer.Ordinal);
        var headingOf = new int[passages.Count];
        var sentenceOffsets = new int[passages.Count + 1];
        var sentences = new List<TextSpan>();
        var derivedIds = true;
        var number = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            var p = passages[i];
            number = i > 0 && passages[i - 1].ArticleOrdinal == p.ArticleOrdinal ? number + 1 : 1;
            headingOf[i] = p.Heading is null ? -1 : headings.TryGetValue(p.Heading, out var h) ? h : headings[p.Heading] = headings.Count;
            foreach (var span in p.Sentences)
            {
                sentences.Add(span);
            }

            sentenceOffsets[i + 1] = sentences.Count;
            // A passage whose id is made from its article's and this number needs no string made to tell.
            derivedIds &= (p.NumberInArticle == number && p.ArticleId == articles[p.ArticleOrdinal].Id) || p.Id == Passage.MakeId(articles[p.ArticleOrdinal].Id, number);
        }

        writer.Write(passages.Count);
        writer.Write(passages.Select(p => p.ArticleOrdinal).ToArray());
        writer.Write(passages.Select(p => p.BlockIndex).ToArray());
        writer.Write(passages.Count);
        writer.Write(passages.Select(p => (byte)p.Kind).ToArray());
        writer.Write(passages.Select(p => p.Start).ToArray());
        writer.Write(passages.Select(p => p.Length).ToArray());
        writer.Write(headings.OrderBy(h => h.Value).Select(h => h.Key).ToArray());
        writer.Write(headingOf);
        writer.Write(sentenceOffsets);
        writer.Write(MemoryMarshal.Cast<TextSpan, int>(CollectionsMarshal.AsSpan(sentences)).ToArray());
        writer.Write(derivedIds);
        if (!derivedIds)
        {
            writer.Write(passages.Select(p => p.Id).ToArray());
        }
    }

    public static Passage[] Read(SnapshotReader reader, IReadOnlyList<Article> articles)
    {
        var count = reader.Int32();
        var articleOrdinals = reader.Ints();
        var blockIndexes = reader.Ints();
        var kinds = reader.Bytes();
        var starts = reader.Ints();
        var lengths = reader.Ints();
        var headings = reader.Strings();
        var headingOf = reader.Ints();
        var sentenceOffsets = reader.Ints();
        // Read in place: the passages keep their spans in a narrower table of their own (SentenceSpans.Loaded).
        var sentences = MemoryMarshal.Cast<int, TextSpan>(reader.Ints().AsSpan());
        string[]? ids = reader.Boolean() ? null : reader.Strings();
        if (new[] { articleOrdinals.Length, blockIndexes.Length, kinds.Length, starts.Length, lengths.Length, headingOf.Length, sentenceOffsets.Length - 1, ids?.Length ?? count }.Any(n => n != count))
        {
            throw new InvalidDataException("snapshot passage columns disagree");
        }

        for (var i = 0; i < count; i++)
        {
            if (sentenceOffsets[i] < 0 || sentenceOffsets[i] > sentenceOffsets[i + 1] || sentenceOffsets[i + 1] > sentences.Length)
            {
                throw new InvalidDataException("snapshot passage sentences outside the table");
            }
        }

        var spans = SentenceSpans.Loaded(sentences, sentenceOffsets, starts);
        var passages = new Passage[count];
        var number = 0;
        for (var i = 0; i < count; i++)
        {
            number = i > 0 && articleOrdinals[i - 1] == articleOrdinals[i] ? number + 1 : 1;
            if ((uint)articleOrdinals[i] >= (uint)articles.Count)
            {
                throw new InvalidDataException("snapshot passage of no article");
            }

            var article = articles[articleOrdinals[i]];
            if (starts[i] < 0 || lengths[i] < 0 || (long)starts[i] + lengths[i] > article.Content.Length)
            {
                throw new InvalidDataException("snapshot passage outside its article");
            }

            if (!SentencesInside(sentences[sentenceOffsets[i]..sentenceOffsets[i + 1]], starts[i], lengths[i]))
            {
                throw new InvalidDataException("snapshot passage sentences outside their passage");
            }

            passages[i] = new Passage(
                i, article.Id, number, articleOrdinals[i], blockIndexes[i], (BlockKind)kinds[i], starts[i], lengths[i], article.Content,
                headingOf[i] < 0 ? null : headings[headingOf[i]], spans[i], ids?[i]);
        }

        return passages;
    }

    /// <summary>
    /// Whether every sentence lies inside its passage, one after another: the section carries no checksum, and a span
    /// moved or stretched by a damaged file would quote other text or slice past the article's end at answer time.
    /// </summary>
    private static bool SentencesInside(ReadOnlySpan<TextSpan> spans, int start, int length)
    {
        var (from, end) = ((long)start, (long)start + length);
        foreach (var span in spans)
        {
            if (span.Length < 0 || span.Start < from || (long)span.Start + span.Length > end)
            {
                return false;
            }

            from = (long)span.Start + span.Length;
        }

        return true;
    }
}
