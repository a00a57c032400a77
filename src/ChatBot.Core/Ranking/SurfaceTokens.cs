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
/// takes no lock at all), and two threads filling one text write equal arrays.
/// </summary>
public sealed class SurfaceTokens
{
    private static readonly ConditionalWeakTable<CorpusIndex, SurfaceTokens> PerIndex = [];

    /// <summary>Per thread: the word being read and the numbers of the text being numbered, so numbering makes only its result.</summary>
    [ThreadStatic]
    private static (WordBuffer Word, int[] Numbers)? scratch;

    /// <summary>
    /// A plain dictionary behind a lock rather than a concurrent one: numbering a first-read text is a few hundred
    /// look-ups in a row, and the concurrent dictionary's per-word overhead (and a lock for every new word) was most of
    /// what numbering cost.
    /// </summary>
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idsByCharacters;
    private readonly int[]?[] passages;
    private readonly int[]?[]?[] sentences;
    private int next;

    private SurfaceTokens(int passageCount)
    {
        ids = new(StringComparer.Ordinal);
        idsByCharacters = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        passages = new int[passageCount][];
        sentences = new int[passageCount][][];
    }

    /// <summary>The number no text's word carries: a question word no text read so far holds.</summary>
    public const int Unseen = -1;

    public static SurfaceTokens For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new SurfaceTokens(c.Passages.Count));

    /// <summary>The passage's whole text as word numbers.</summary>
    public int[] Of(Passage passage) =>
        Volatile.Read(ref passages[passage.Ordinal]) ?? Keep(ref passages[passage.Ordinal], passage.Text);

    /// <summary>One sentence of the passage (its text as sliced from the article) as word numbers.</summary>
    public int[] Of(Passage passage, int sentence, string text) => Of(passage, sentence, text, null);

    /// <summary>A ranked sentence as word numbers; its text is made into a string only the first time any question reads it.</summary>
    public int[] Of(RankedSentence sentence) => Of(sentence.Passage.Hit.Passage, sentence.Index, null, sentence);

    private int[] Of(Passage passage, int sentence, string? text, RankedSentence? ranked)
    {
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

    /// <summary>
    /// The tokenizer's words of the text, each numbered (a new word gets the next number), read word by word as
    /// <see cref="Tokenizer.Tokenize(string)"/> reads them, without a string or a token per word: only a word no text held
    /// before becomes a string. First reads are most of what numbering costs an answer.
    /// </summary>
    private int[] Number(string text)
    {
        var (word, numbers) = scratch ??= (new WordBuffer(), new int[256]);
        var count = 0;
        var i = 0;
        lock (gate)
        {
            while (Tokenizer.Next(text, ref i, text.Length, word, out _, out _))
            {
                if (count == numbers.Length)
                {
                    Array.Resize(ref numbers, numbers.Length * 2);
                    scratch = (word, numbers);
                }

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
