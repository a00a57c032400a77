using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The folded words of the passages and sentences the rankers read, as numbers, kept with the index they come from:
/// ranking a question compares its words with two dozen passages and their sentences, and tokenising each text again
/// for every question was most of the time an answer took. The index numbers every passage's words when it is built
/// (<see cref="PassageWords"/>), so a passage's first read decodes its stored numbers (a byte code, most words in one
/// byte), kept here for the reads after (for at most <see cref="DefaultKept"/> passages at a time); which sentences are runs of their passage's words (<see cref="SentenceRuns"/>)
/// is stored too. A word the passages do not hold (a sentence read on its own may make one) is numbered after theirs,
/// under a lock. The tokenizer's own output, so the comparison sees exactly the words it saw before. Lives as long as its
/// index (a reload starts afresh) and is safe to share between threads: two threads filling one text write equal arrays.
/// Arrays made by hand, without stored words, are numbered as they are read (a text's first read tokenises it and
/// numbers new words).
/// </summary>
public sealed partial class SurfaceTokens
{
    private static readonly ConditionalWeakTable<CorpusIndex, SurfaceTokens> PerIndex = [];

    /// <summary>Per thread: the word being read and the numbers of the text being numbered, so numbering makes only its result.</summary>
    [ThreadStatic]
    private static (WordBuffer Word, int[] Numbers, int[] Starts)? scratch;

    /// <summary>
    /// A plain dictionary behind a lock rather than a concurrent one: numbering a first-read text is a few hundred
    /// look-ups in a row, and the concurrent dictionary's per-word overhead (and a lock for every new word) was most of
    /// what numbering cost.
    /// </summary>
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsByCharacters;
    private readonly CorpusIndex corpus;
    private readonly int[]?[] passages;

    /// <summary>Per passage, set before its words: each sentence's run of them (<see cref="SentenceRuns"/>).</summary>
    private readonly int[]?[] runs;

    /// <summary>Per passage, the words of a sentence that is no run of the passage's, numbered from its own text.</summary>
    private readonly int[]?[]?[] sentences;

    /// <summary>The index's numbering of its passages' words (null for arrays made by hand), and its sentences by passage.</summary>
    private readonly PassageWords? stored;
    private readonly int[] sentenceOffsets;
    private int next;

    /// <summary>
    /// Passages whose decoded words are kept at most: all of them decoded cost 46 MB at 120k passages (a third of the loaded
    /// index), where a long-running bot would end up as its questions reach more of the corpus; 32,768 cost ~13 MB, and a
    /// passage read again after it was let go is decoded again (a fraction of a microsecond). Corpora this small never let
    /// one go.
    /// </summary>
    internal const int DefaultKept = 32_768;

    /// <summary>The ordinals of the passages decoded, in the order kept, as a ring: a passage kept evicts the one a lap before it.</summary>
    private readonly int[] kept;
    private long keptCount;

    private SurfaceTokens(CorpusIndex corpus, int keep = DefaultKept)
    {
        this.corpus = corpus;
        stored = corpus.Index.Arrays.PassageWords;
        // Only stored words are let go: a hand-made text's words and its runs are numbered together and kept together.
        kept = stored is not null && corpus.Passages.Count > keep ? new int[keep] : [];
        Array.Fill(kept, -1);
        sentenceOffsets = corpus.Index.Arrays.SentenceOffsets;
        next = stored?.Count ?? 0;
        ids = new(StringComparer.Ordinal);
        idsByCharacters = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        passages = new int[corpus.Passages.Count][];
        // Runs of stored words come from the index: the table is only for texts it numbers itself.
        runs = stored is null || stored.Passages < corpus.Passages.Count ? new int[corpus.Passages.Count][] : [];
        sentences = new int[corpus.Passages.Count][][];
    }

    /// <summary>The number no text's word carries: a question word no text read so far holds.</summary>
    public const int Unseen = -1;

    public static SurfaceTokens For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new SurfaceTokens(c));

    /// <summary>A table of its own that keeps at most <paramref name="keep"/> passages' decoded words (tests).</summary>
    internal static SurfaceTokens Keeping(CorpusIndex corpus, int keep) => new(corpus, keep);

    /// <summary>Passages whose decoded words are held now (tests).</summary>
    internal int Held => passages.Count(p => p is not null);

    /// <summary>The passage's whole text as word numbers.</summary>
    public int[] Of(Passage passage) => Volatile.Read(ref passages[passage.Ordinal]) ?? Fill(passage);

    /// <summary>
    /// One sentence of the passage as word numbers. <paramref name="text"/> must be the sentence as sliced from the article:
    /// a sentence that is a run of its passage's words is read from the passage, and <paramref name="text"/> is not looked at.
    /// </summary>
    public ReadOnlySpan<int> Of(Passage passage, int sentence, string text) => Of(passage, sentence, text, null);

    /// <summary>A ranked sentence as word numbers; its text is made into a string only if it is no run of its passage's words.</summary>
    public ReadOnlySpan<int> Of(RankedSentence sentence) => Of(sentence.Passage.Hit.Passage, sentence.Index, null, sentence);

    private ReadOnlySpan<int> Of(Passage passage, int sentence, string? text, RankedSentence? ranked)
    {
        if ((uint)passage.Ordinal < (uint)passages.Length && (uint)sentence < (uint)passage.Sentences.Count)
        {
            // The words before the runs: Fill writes the runs first, so a passage's words seen means its runs are there too.
            var words = Of(passage);
            if (IsStored(passage))
            {
                var at = sentenceOffsets[passage.Ordinal] + sentence;
                if (at < sentenceOffsets[passage.Ordinal + 1] && stored!.Run(at) is var (from, to))
                {
                    return words.AsSpan(from, to - from);
                }
            }
            else if (Volatile.Read(ref runs[passage.Ordinal]) is { } run && run[2 * sentence] >= 0)
            {
                return words.AsSpan(run[2 * sentence], run[(2 * sentence) + 1] - run[2 * sentence]);
            }
        }

        var perSentence = Volatile.Read(ref sentences[passage.Ordinal]);
        if (perSentence is null)
        {
            Interlocked.CompareExchange(ref sentences[passage.Ordinal], new int[passage.Sentences.Count][], null);
            perSentence = Volatile.Read(ref sentences[passage.Ordinal])!;
        }

        return sentence < perSentence.Length
            ? Volatile.Read(ref perSentence[sentence]) ?? Keep(ref perSentence[sentence], text ?? ranked!.Text)
            : Number(text ?? ranked!.Text);
    }

    /// <summary>
    /// How many distinct words the texts read so far hold; it grows only when a word is numbered, so a word
    /// <see cref="Find"/> did not find is still unseen while this stays the same.
    /// </summary>
    public int Words => Volatile.Read(ref next);

    /// <summary>The word's number, or <see cref="Unseen"/> when no text read so far holds it (and so neither does any text read before).</summary>
    public int Find(string word)
    {
        if (stored?.Find(word) is >= 0 and var place)
        {
            return place + 1;
        }

        lock (gate)
        {
            return ids.TryGetValue(word, out var id) ? id : Unseen;
        }
    }

    /// <summary>
    /// <see cref="Find"/> for each word whose number is still <see cref="Unseen"/>, under one lock: a question's words
    /// are looked up together.
    /// </summary>
    public void FindUnseen(ReadOnlySpan<string> words, Span<int> numbers)
    {
        if (stored is not null)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (numbers[i] == Unseen && stored.Find(words[i]) is >= 0 and var place)
                {
                    numbers[i] = place + 1;
                }
            }

            // Words the passages do not hold are numbered only when a sentence read on its own holds one: rarely any.
            if (Volatile.Read(ref next) == stored.Count)
            {
                return;
            }
        }

        lock (gate)
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (numbers[i] == Unseen && ids.TryGetValue(words[i], out var id))
                {
                    numbers[i] = id;
                }
            }
        }
    }

    /// <summary>
    /// Takes the ring's next place for the passage just decoded and lets go of the one there before. Two threads never
    /// take one place; a passage decoded twice at once may hold two places, and be let go at the first one's turn — a
    /// later read decodes it again. Arrays handed out stay valid: letting go only drops this table's reference.
    /// </summary>
    private void Remember(int ordinal)
    {
        if (kept.Length == 0)
        {
            return;
        }

        var place = (int)((Interlocked.Increment(ref keptCount) - 1) % kept.Length);
        var previous = Interlocked.Exchange(ref kept[place], ordinal);
        if (previous >= 0 && previous != ordinal)
        {
            Volatile.Write(ref passages[previous], null);
        }
    }

    private int[] Keep(ref int[]? slot, string text)
    {
        var numbers = Number(text);
        Volatile.Write(ref slot, numbers);
        return numbers;
    }

    /// <summary>Numbers the passage's text and notes which of its sentences are runs of its words.</summary>
    private int[] Fill(Passage passage)
    {
        if (IsStored(passage))
        {
            var copy = stored!.Of(passage.Ordinal, first: 1);
            // Written before it is remembered: remembered first, a passage let go at once could be written after and
            // stay held outside the ring, past the bound for good.
            Volatile.Write(ref passages[passage.Ordinal], copy);
            Remember(passage.Ordinal);
            return copy;
        }

        var text = passage.Text;
        var numbers = Number(text);
        var (_, _, starts) = scratch!.Value;
        Volatile.Write(ref runs[passage.Ordinal], SentenceRuns.Of(corpus.ArticleOf(passage), passage, text, starts.AsSpan(0, numbers.Length)));
        Volatile.Write(ref passages[passage.Ordinal], numbers);
        return numbers;
    }
}
