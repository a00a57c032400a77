using System.Runtime.CompilerServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Ranking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Lays out <see cref="PassageWords"/>: from the words the build's readers met (<see cref="PassageSurfaceReader"/>), or
/// from the passages' texts for an index loaded from a snapshot that did not store them (older formats, read once and
/// written again). Either way the vocabulary is put in a fixed order (by frequency, then ordinal) and the numbers follow
/// it, so the result does not depend on which thread met a word first.
/// </summary>
internal static class PassageWordsLayout
{
    /// <param name="provisional">The words by the numbers <paramref name="passages"/> hold.</param>
    /// <param name="passages">Each passage's words by provisional number.</param>
    /// <param name="runs">Each passage's sentence runs, <see cref="SentenceRuns.OnItsOwn"/> for a sentence read on its own.</param>
    // Optimized at once, like the build's other methods that see every word (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PassageWords Lay(IReadOnlyList<string> provisional, IReadOnlyList<ArraySegment<int>> passages, IReadOnlyList<ArraySegment<int>> runs)
    {
        var counts = new long[provisional.Count];
        foreach (var passage in passages)
        {
            foreach (var word in passage.AsSpan())
            {
                counts[word]++;
            }
        }

        var order = new List<int>();
        for (var w = 0; w < counts.Length; w++)
        {
            if (counts[w] > 0)
            {
                order.Add(w);
            }
        }

        // The most frequent first (one byte each, mostly stop words), equal counts in ordinal order: a total order of the
        // words themselves, so the numbers do not depend on which thread met a word first.
        order.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(provisional[a], provisional[b]));
        var code = PassageWordsCode.Choose(order.ConvertAll(w => counts[w]));
        var places = new int[provisional.Count];
        var lengths = new byte[provisional.Count];
        for (var i = 0; i < order.Count; i++)
        {
            (places[order[i]], lengths[order[i]]) = (i, (byte)code.Length(i));
        }

        var offsets = new int[passages.Count + 1];
        for (var p = 0; p < passages.Count; p++)
        {
            var length = 0L;
            foreach (var word in passages[p].AsSpan())
            {
                length += lengths[word];
            }

            offsets[p + 1] = checked((int)(offsets[p] + length));
        }

        // One thread: a few nanoseconds a word, where a parallel loop's delegate was one more method for a fresh build to compile.
        var codes = new byte[offsets[^1]];
        for (var p = 0; p < passages.Count; p++)
        {
            var at = offsets[p];
            foreach (var word in passages[p].AsSpan())
            {
                at = code.Write(places[word], codes, at);
            }

            // Stored one up, so a sentence read on its own is 0 and no run is negative (a negative value would keep four bytes).
            var sentences = runs[p].AsSpan();
            for (var i = 0; i < sentences.Length; i++)
            {
                sentences[i]++;
            }
        }

        return new PassageWords(WordTable.Of(order.ConvertAll(w => provisional[w])), code, offsets, codes, NarrowInts.Join(runs));
    }

    /// <summary>The passages' words read from their texts, as <see cref="SurfaceTokens"/> read them before they were stored.</summary>
    public static PassageWords FromTexts(IReadOnlyList<Passage> passages, IReadOnlyList<Article> articles)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var byCharacters = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var provisional = new List<string>();
        var words = new ArraySegment<int>[passages.Count];
        var runs = new ArraySegment<int>[passages.Count];
        var (word, numbers, starts) = (new WordBuffer(), new List<int>(), new List<int>());
        for (var p = 0; p < passages.Count; p++)
        {
            var (passage, text) = (passages[p], passages[p].Text);
            numbers.Clear();
            starts.Clear();
            var i = 0;
            while (Tokenizer.Next(text, ref i, text.Length, word, out var start, out _))
            {
                if (!byCharacters.TryGetValue(word.Span, out var id))
                {
                    id = provisional.Count;
                    provisional.Add(word.ToString());
                    ids.Add(provisional[^1], id);
                }

                numbers.Add(id);
                starts.Add(start);
            }

            words[p] = new ArraySegment<int>([.. numbers]);
            runs[p] = SentenceRuns.Of(articles[passage.ArticleOrdinal], passage, text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(starts))
                ?? OnTheirOwn(passage.Sentences.Count);
        }

        return Lay(provisional, words, runs);
    }

    public static int[] OnTheirOwn(int sentences)
    {
        var runs = new int[2 * sentences];
        Array.Fill(runs, SentenceRuns.OnItsOwn);
        return runs;
    }
}
