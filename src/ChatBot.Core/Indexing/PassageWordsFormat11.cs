using System.Runtime.InteropServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Format 11's passage words: the vocabulary in ordinal order as UTF-16 and where each word starts, the numbers two bytes
/// a word (<see cref="NarrowInts"/>) by passage, and the runs. A format-11 file's section is read past, not used: its
/// words are made from the texts at load like an older format's (the file is written again in the current format, once);
/// written only by tests, from the current words.
/// </summary>
internal static class PassageWordsFormat11
{
    public static void Write(BinaryWriter writer, PassageWords words)
    {
        var order = Enumerable.Range(0, words.Count).ToArray();
        var strings = words.Vocabulary.ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(strings[a], strings[b]));
        var places = new int[words.Count];
        var vocabularyOffsets = new int[words.Count + 1];
        for (var i = 0; i < order.Length; i++)
        {
            places[order[i]] = i;
            vocabularyOffsets[i + 1] = vocabularyOffsets[i] + strings[order[i]].Length;
        }

        var vocabulary = string.Concat(order.Select(w => strings[w]));
        var passages = Enumerable.Range(0, words.Passages).Select(p => Array.ConvertAll(words.Of(p, first: 0), w => places[w])).ToList();
        var offsets = new int[words.Passages + 1];
        for (var p = 0; p < passages.Count; p++)
        {
            offsets[p + 1] = offsets[p] + passages[p].Length;
        }

        writer.Write(vocabulary.Length);
        writer.Write(MemoryMarshal.AsBytes(vocabulary.AsSpan()));
        writer.Write(vocabularyOffsets);
        writer.Write(offsets);
        NarrowInts.Join(passages).Write(writer);
        words.Runs.Write(writer);
    }

    public static void Skip(SnapshotReader reader)
    {
        _ = reader.UInt16s();
        _ = reader.Ints();
        _ = reader.Ints();
        _ = NarrowInts.Read(reader);
        _ = NarrowInts.Read(reader);
    }
}
