using ChatBot.Core.Corpus;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// The timeline section of a snapshot. A source is stored as its passage's ordinal (the article and passage ids are
/// the passages' own strings again), and an event's text and quote, which are nearly always the sentence itself, as a
/// flag: the loaded events hold that sentence as a slice of the article, made into a string only when read. The events are one block (count,
/// length, checksum, bytes) that a load checks but decodes only when the timeline is first used: a large corpus has
/// hundreds of thousands of dated sentences, and most start-ups never need them before the first timeline question.
/// </summary>
internal static class SnapshotTimeline
{
    private const byte Stored = 0;
    private const byte Sentence = 1;

    public static void Write(BinaryWriter writer, IReadOnlyList<TimelineEvent> events, IReadOnlyList<Passage> passages, IReadOnlyList<Article> articles)
    {
        using var block = new MemoryStream();
        using (var blockWriter = new BinaryWriter(block, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteEvents(blockWriter, events, passages, articles);
        }

        var bytes = block.GetBuffer().AsSpan(0, (int)block.Length);
        writer.Write(events.Count);
        writer.Write(Checksum(bytes));
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>The timeline as a list that decodes its block on first use; a damaged block fails the load instead.</summary>
    public static IReadOnlyList<TimelineEvent> Read(SnapshotReader reader, Passage[] passages, IReadOnlyList<Article> articles)
    {
        var count = reader.Int32();
        var checksum = reader.UInt64();
        var bytes = reader.Bytes();
        // The count outside the block is checked against the block's own (under the checksum): a flipped bit in it would
        // otherwise pass the load and fail the first timeline question.
        if (checksum != Checksum(bytes) || count < 0 || bytes.Length < sizeof(int) || System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes) != count)
        {
            throw new InvalidDataException("snapshot timeline is damaged");
        }

        return new LazyList<TimelineEvent>(count, () =>
        {
            var blockReader = new SnapshotReader(new MemoryStream(bytes, writable: false));
            var events = ReadEvents(blockReader, passages, articles);
            return events.Count == count && blockReader.AtEnd ? events : throw new InvalidDataException("snapshot timeline is damaged");
        });
    }

    private static ulong Checksum(ReadOnlySpan<byte> bytes) => SnapshotChecksum.Of(bytes);

    private static void WriteEvents(BinaryWriter writer, IReadOnlyList<TimelineEvent> events, IReadOnlyList<Passage> passages, IReadOnlyList<Article> articles)
    {
        var passageOrdinals = new Dictionary<string, int>(passages.Count, StringComparer.Ordinal);
        foreach (var p in passages)
        {
            passageOrdinals.TryAdd(p.Id, p.Ordinal);
        }

        writer.Write(events.Count);
        foreach (var e in events)
        {
            writer.Write(e.Date.Start);
            writer.Write(e.Date.End);
            writer.Write(e.Date.IsDecade);
            writer.Write((byte)e.Date.Qualifier);
            writer.Write(e.Date.Inferred);
            var sources = e.SourcesUnkept;
            var first = sources.Count > 0 && passageOrdinals.TryGetValue(sources[0].PassageId, out var p) ? passages[p] : null;
            var textIsSentence = first is not null && sources[0].ArticleId == first.ArticleId && IsSlice(e.Sentence, articles[first.ArticleOrdinal].Content, sources[0]);
            writer.Write(textIsSentence ? Sentence : Stored);
            if (!textIsSentence)
            {
                writer.Write(e.Text);
            }

            writer.Write(e.CorpusOrder);
            // As an int[] is written (its count, then four bytes a term), whichever way the event holds them.
            var terms = e.Terms;
            writer.Write(terms.Count);
            for (var t = 0; t < terms.Count; t++)
            {
                writer.Write(terms[t]);
            }

            writer.Write(sources.Count);
            foreach (var s in sources)
            {
                var known = passageOrdinals.TryGetValue(s.PassageId, out var ordinal) && passages[ordinal].ArticleId == s.ArticleId;
                writer.Write(known ? ordinal : -1);
                if (!known)
                {
                    writer.Write(s.ArticleId);
                    writer.Write(s.PassageId);
                }

                writer.Write(s.Start);
                writer.Write(s.Length);
                var quoteIsText = s.QuoteText.Equals(e.Sentence);
                writer.Write(quoteIsText ? Sentence : Stored);
                if (!quoteIsText)
                {
                    writer.Write(s.Quote);
                }
            }
        }
    }

    private static TimelineColumns ReadEvents(SnapshotReader reader, Passage[] passages, IReadOnlyList<Article> articles)
    {
        var rows = new TimelineColumns.Rows(reader.Count(minimumBytes: 16));
        // The terms of all events in one table, finished once every event is read: its width depends on all of them, and
        // which events share a sentence (and so may share terms) is known only then.
        var termTable = new EventTermTable(rows.Orders.Length * 16);
        var terms = new int[64];
        for (var i = 0; i < rows.Orders.Length; i++)
        {
            var date = new EventDate(reader.Date() ?? throw new InvalidDataException("event without a date"), reader.Date(), reader.Boolean(), (DateQualifier)reader.Byte(), reader.Boolean());
            SentenceText? text = reader.Byte() == Sentence ? null : SentenceText.Of(reader.String());
            var order = reader.Int32();
            var termCount = reader.Count(minimumBytes: sizeof(int));
            if (termCount > terms.Length)
            {
                terms = new int[termCount];
            }

            for (var t = 0; t < termCount; t++)
            {
                terms[t] = reader.Int32();
            }

            rows.TermsAt[i] = termTable.Add(terms.AsSpan(0, termCount));
            var sourceCount = reader.Count(minimumBytes: 13);
            if (text is null && sourceCount == 0)
            {
                throw new InvalidDataException("snapshot event without text");
            }

            if (text is null && sourceCount == 1)
            {
                ReadSlicedSource(reader, passages, articles, rows, i, date, order);
                continue;
            }

            var sources = new TimelineSource[sourceCount];
            for (var s = 0; s < sources.Length; s++)
            {
                var ordinal = reader.Int32();
                var passage = ordinal < 0 ? null : passages[ordinal];
                var articleId = passage?.ArticleId ?? reader.String();
                var passageId = passage?.Id ?? reader.String();
                var start = reader.Int32();
                var length = reader.Int32();
                text ??= Slice(articles[passage?.ArticleOrdinal ?? throw new InvalidDataException("snapshot event without text")].Content, start, length);
                var quote = reader.Byte() == Sentence ? text.Value : SentenceText.Of(reader.String());
                sources[s] = new TimelineSource(articleId, passageId, start, length, quote);
            }

            rows.Keep(i, date, text!.Value, sources, order);
        }

        // The events of one sentence are neighbours in sentence order, in timeline order among themselves (kept rows are
        // left out of it): each is offered the run of the sentence's first.
        var (_, entries) = SentenceOrder.Of(rows.PassageOf, rows.Starts, passages.Length);
        var earlier = new int[rows.Orders.Length];
        Array.Fill(earlier, -1);
        for (var (k, first) = (1, entries.Length > 0 ? entries[0] : -1); k < entries.Length; k++)
        {
            var row = entries[k];
            if (rows.PassageOf[first] == rows.PassageOf[row] && rows.Starts[first] == rows.Starts[row])
            {
                earlier[row] = first;
            }
            else
            {
                first = row;
            }
        }

        rows.TermTable = termTable.Finish(rows.TermsAt, earlier);
        return new TimelineColumns(rows, passages, articles);
    }

    /// <summary>
    /// An event with no stored text and one source, whose sentence it is sliced from. The usual one, whose source quotes that
    /// sentence, is a row of numbers: no source and no passage id is made for it.
    /// </summary>
    private static void ReadSlicedSource(SnapshotReader reader, Passage[] passages, IReadOnlyList<Article> articles, TimelineColumns.Rows rows, int row, EventDate date, int order)
    {
        var ordinal = reader.Int32();
        if (ordinal < 0)
        {
            // A passage the index does not have gives no article to slice the sentence from.
            throw new InvalidDataException("snapshot event without text");
        }

        var passage = passages[ordinal];
        var start = reader.Int32();
        var length = reader.Int32();
        var text = Slice(articles[passage.ArticleOrdinal].Content, start, length);
        if (reader.Byte() == Sentence)
        {
            rows.Add(row, date, ordinal, passage.ArticleOrdinal, start - passage.Start, length, order);
            return;
        }

        var quote = SentenceText.Of(reader.String());
        rows.Keep(row, date, text, [new TimelineSource(passage.ArticleId, passage.Id, start, length, quote)], order);
    }

    // Checked at load, so a damaged range fails the load rather than the first question that reads the sentence.
    private static SentenceText Slice(CompactText article, int start, int length) =>
        start >= 0 && length >= 0 && length <= article.Length - start
            ? SentenceText.Slice(article, start, length)
            : throw new InvalidDataException("snapshot event sentence is outside its article");

    // Events come in date order, not article order: slicing (not widening whole articles) keeps this linear in the events' text.
    private static bool IsSlice(SentenceText text, CompactText articleText, TimelineSource source) =>
        source.Start >= 0 && source.Length == text.Length && source.Start + source.Length <= articleText.Length
        && SentenceText.Slice(articleText, source.Start, source.Length).Equals(text);
}
