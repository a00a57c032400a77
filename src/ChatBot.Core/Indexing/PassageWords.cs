namespace ChatBot.Core.Indexing;

/// <summary>
/// Every passage's words as the tokenizer reads its text alone (folded, stop words included), numbered at build, with
/// which sentences are runs of them (<see cref="Ranking.SentenceRuns"/>): what <see cref="Ranking.SurfaceTokens"/> made
/// the first time a question read a passage — a third of a first-read answer's time, mostly look-ups in a word table
/// that missed the cache — now a copy. Its own numbering beside the surface vocabulary (which spelling correction reads:
/// adding stop words to it would change what it corrects to), in ordinal order, so two builds store the same numbers.
/// </summary>
internal sealed class PassageWords
{
    /// <param name="vocabulary">The distinct words end to end, in ordinal order.</param>
    /// <param name="vocabularyOffsets">Word w is [vocabularyOffsets[w], vocabularyOffsets[w + 1]) of <paramref name="vocabulary"/>.</param>
    /// <param name="offsets">Passage p's words are [offsets[p], offsets[p + 1]) of <paramref name="numbers"/>.</param>
    /// <param name="numbers">Each word as its place in the vocabulary.</param>
    /// <param name="runs">
    /// Two a sentence, in the order of the index's sentence offsets: its first word's place among its passage's words and
    /// the place after its last, each plus one, or 0 twice for a sentence read on its own (so no value is negative and the
    /// runs stay narrow).
    /// </param>
    public PassageWords(char[] vocabulary, int[] vocabularyOffsets, int[] offsets, NarrowInts numbers, NarrowInts runs) =>
        (Vocabulary, VocabularyOffsets, Offsets, Numbers, Runs) = (vocabulary, vocabularyOffsets, offsets, numbers, runs);

    public char[] Vocabulary { get; }

    public int[] VocabularyOffsets { get; }

    public int[] Offsets { get; }

    public NarrowInts Numbers { get; }

    public NarrowInts Runs { get; }

    /// <summary>How many distinct words the passages hold.</summary>
    public int Count => VocabularyOffsets.Length - 1;

    public int Passages => Offsets.Length - 1;

    public ReadOnlySpan<char> Word(int place) => Vocabulary.AsSpan(VocabularyOffsets[place], VocabularyOffsets[place + 1] - VocabularyOffsets[place]);

    /// <summary>The word's place in the vocabulary, or -1 (a binary search: a question looks up a dozen words).</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var (low, high) = (0, Count - 1);
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Word(middle).SequenceCompareTo(word);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    /// <summary>The passage's words, each its place plus <paramref name="first"/>, as a new array.</summary>
    public int[] Of(int passage, int first)
    {
        var stored = Numbers.Slice(Offsets[passage], Offsets[passage + 1] - Offsets[passage]);
        var numbers = new int[stored.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = stored[i] + first;
        }

        return numbers;
    }

    /// <summary>The sentence's run of its passage's words (its number among all the index's sentences), or null when it is read on its own.</summary>
    public (int From, int To)? Run(int sentence)
    {
        var from = Runs[2 * sentence];
        return from == 0 ? null : (from - 1, Runs[(2 * sentence) + 1] - 1);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Vocabulary.Length);
        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Vocabulary.AsSpan()));
        writer.Write(VocabularyOffsets);
        writer.Write(Offsets);
        Numbers.Write(writer);
        Runs.Write(writer);
    }

    public static PassageWords Read(SnapshotReader reader) =>
        new(Array.ConvertAll(reader.UInt16s(), c => (char)c), reader.Ints(), reader.Ints(), NarrowInts.Read(reader), NarrowInts.Read(reader));
}
