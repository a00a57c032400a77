namespace ChatBot.Core.Indexing;

/// <summary>
/// Every passage's words as the tokenizer reads its text alone (folded, stop words included), numbered at build, with
/// which sentences are runs of them (<see cref="Ranking.SentenceRuns"/>): what <see cref="Ranking.SurfaceTokens"/> made
/// the first time a question read a passage — a third of a first-read answer's time, mostly look-ups in a word table
/// that missed the cache — now a copy. Its own numbering beside the surface vocabulary (which spelling correction reads:
/// adding stop words to it would change what it corrects to): the most frequent word first, so that most words take one
/// byte (<see cref="PassageWordsCode"/>), equal counts in ordinal order, so two builds store the same numbers. The words
/// are a <see cref="WordTable"/>: a question's words are hashed, not searched for.
/// </summary>
internal sealed class PassageWords
{
    /// <param name="vocabulary">The distinct words, numbered.</param>
    /// <param name="code">How a number is written in bytes.</param>
    /// <param name="offsets">Passage p's words are the codes in [offsets[p], offsets[p + 1]) of <paramref name="codes"/>.</param>
    /// <param name="codes">Each word's number, coded.</param>
    /// <param name="runs">
    /// Two a sentence, in the order of the index's sentence offsets: its first word's place among its passage's words and
    /// the place after its last, each plus one, or 0 twice for a sentence read on its own (so no value is negative and the
    /// runs stay narrow).
    /// </param>
    public PassageWords(WordTable vocabulary, PassageWordsCode code, int[] offsets, byte[] codes, NarrowInts runs) =>
        (Vocabulary, Code, Offsets, Codes, Runs) = (vocabulary, code, offsets, codes, runs);

    public WordTable Vocabulary { get; }

    public PassageWordsCode Code { get; }

    public int[] Offsets { get; }

    public byte[] Codes { get; }

    public NarrowInts Runs { get; }

    /// <summary>How many distinct words the passages hold.</summary>
    public int Count => Vocabulary.Count;

    public int Passages => Offsets.Length - 1;

    /// <summary>The word's number, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => Vocabulary.IndexOf(word);

    /// <summary>The passage's codes.</summary>
    public ReadOnlySpan<byte> CodesOf(int passage) => Codes.AsSpan(Offsets[passage], Offsets[passage + 1] - Offsets[passage]);

    /// <summary>The passage's words, each its number plus <paramref name="first"/>, as a new array.</summary>
    public int[] Of(int passage, int first)
    {
        var codes = CodesOf(passage);
        // No more words than bytes; most passages' words fit the stack.
        var numbers = codes.Length <= 1024 ? stackalloc int[codes.Length] : new int[codes.Length];
        return numbers[..Code.Read(codes, first, numbers)].ToArray();
    }

    /// <summary>The sentence's run of its passage's words (its number among all the index's sentences), or null when it is read on its own.</summary>
    public (int From, int To)? Run(int sentence)
    {
        var from = Runs[2 * sentence];
        return from == 0 ? null : (from - 1, Runs[(2 * sentence) + 1] - 1);
    }

    /// <summary>The vocabulary's bytes and starts, the code's split, the offsets, the codes, their checksum and the runs.</summary>
    public void Write(BinaryWriter writer)
    {
        Vocabulary.WriteBlock(writer);
        writer.Write(Code.Ones);
        writer.Write(Code.Twos);
        writer.Write(Code.Threes);
        writer.Write(Offsets);
        writer.Write(Codes.Length);
        writer.Write(Codes);
        writer.Write(Checksum(Vocabulary.Block, Vocabulary.Starts, Offsets, Codes));
        Runs.Write(writer);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote; the checksum and the vocabulary are checked here (a table cannot be made of
    /// damaged words), the rest by <see cref="PassageWordsCheck"/>.
    /// </summary>
    public static PassageWords Read(SnapshotReader reader)
    {
        var (block, starts) = (reader.Bytes(), reader.Ints());
        var code = new PassageWordsCode(reader.Int32(), reader.Int32(), reader.Int32());
        var (offsets, codes) = (reader.Ints(), reader.Bytes());
        if (reader.UInt64() != Checksum(block, starts, offsets, codes))
        {
            throw new InvalidDataException(PassageWordsCheck.Malformed);
        }

        var vocabulary = WordTable.OfBlock(block, starts) ?? throw new InvalidDataException(PassageWordsCheck.Malformed);
        return new(vocabulary, code, offsets, codes, NarrowInts.Read(reader));
    }

    /// <summary>
    /// XxHash3 over the words, where they start, the passages' offsets and the codes: the checks at load refuse what
    /// cannot be read, but a letter changed into another, or a number into another inside the vocabulary, reads as well
    /// as the right one and would rank with other words (~1 ms at 120,000 passages).
    /// </summary>
    internal static ulong Checksum(ReadOnlySpan<byte> block, ReadOnlySpan<int> starts, ReadOnlySpan<int> offsets, ReadOnlySpan<byte> codes)
    {
        var hash = new System.IO.Hashing.XxHash3();
        hash.Append(block);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(starts));
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(offsets));
        hash.Append(codes);
        return hash.GetCurrentHashAsUInt64();
    }
}
