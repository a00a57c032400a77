using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The folded words of the passages and sentences the rankers read, as numbers, kept with the index they come from:
/// ranking a question compares its words with two dozen passages and their sentences, and tokenising each text again
/// for every question was most of the time an answer took. Filled lazily, a text the first time a question reads it;
/// the tokenizer's own output, so the comparison sees exactly the words it saw before. Lives as long as its index (a
/// reload starts afresh) and is safe to share between threads: words are numbered under one lock (a text read before
/// takes no lock at all), and two threads filling one text write equal arrays. A sentence's words are a run of its
/// passage's where the tokenizer cannot tell the two readings apart (<see cref="SentenceRuns"/>): numbering every
/// sentence again cost a first-read question as much as a third of numbering its passages, and held every word twice.
/// </summary>
public sealed class SurfaceTokens
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
    private int next;

    private SurfaceTokens(CorpusIndex corpus)
    {
        this.corpus = corpus;
        ids = new(StringComparer.Ordinal);
        idsByCharacters = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        passages = new int[corpus.Passages.Count][];
        runs = new int[corpus.Passages.Count][];
        sentences = new int[corpus.Passages.Count][][];
    }

    /// <summary>The number no text's word carries: a question word no text read so far holds.</summary>
    public const int Unseen = -1;

    public static SurfaceTokens For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new SurfaceTokens(c));

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
            var run = Volatile.Read(ref runs[passage.Ordinal]);
            if (run is not null && run[2 * sentence] >= 0)
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

    private int[] Keep(ref int[]? slot, string text)
    {
        var numbers = Number(text);
        Volatile.Write(ref slot, numbers);
        return numbers;
    }

    /// <summary>Numbers the passage's text and notes which of its sentences are runs of its words.</summary>
    private int[] Fill(Passage passage)
    {
        var text = passage.Text;
        var numbers = Number(text);
        var (_, _, starts) = scratch!.Value;
        Volatile.Write(ref runs[passage.Ordinal], SentenceRuns.Of(corpus.ArticleOf(passage), passage, text, starts.AsSpan(0, numbers.Length)));
        Volatile.Write(ref passages[passage.Ordinal], numbers);
        return numbers;
    }

    /// <summary>
    /// The tokenizer's words of the text, each numbered (a new word gets the next number), read word by word as
    /// <see cref="Tokenizer.Tokenize(string)"/> reads them, without a string or a token per word: only a word no text held
    /// before becomes a string. First reads are most of what numbering costs an answer. Each word's first character is
    /// left in the thread's scratch, for <see cref="SentenceRuns"/>.
    /// </summary>
    private int[] Number(string text)
    {
        var (word, numbers, starts) = scratch ??= (new WordBuffer(), new int[256], new int[256]);
        var count = 0;
        var i = 0;
        lock (gate)
        {
            while (Tokenizer.Next(text, ref i, text.Length, word, out var start, out _))
            {
                if (count == numbers.Length)
                {
                    Array.Resize(ref numbers, numbers.Length * 2);
                    Array.Resize(ref starts, numbers.Length);
                    scratch = (word, numbers, starts);
                }

                starts[count] = start;

                if (!idsByCharacters.TryGetValue(word.Span, out var id))
                {
                    id = ++next;
                    ids.Add(word.ToString(), id);
                }

                numbers[count++] = id;
            }
        }

        return numbers.AsSpan(0, count).ToArray();
    }
}
