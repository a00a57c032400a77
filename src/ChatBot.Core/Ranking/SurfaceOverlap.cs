using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ChatBot.Core.Text;

namespace ChatBot.Core.Ranking;

/// <summary>
/// The question's own word sequences (folded, stop words included, the question word left out), and how many of
/// them a sentence repeats: people asking about a text reuse its phrases ("was born in", "the first to").
/// </summary>
public sealed class SurfaceOverlap
{
    private const int FilterWords = 16;


    /// <summary>The question's words in order, each as its place in <see cref="distinct"/>.</summary>
    private readonly int[] words;
    private readonly string[] distinct;

    /// <summary>The word numbers of <see cref="distinct"/> in the texts' numbering; <see cref="SurfaceTokens.Unseen"/> until a text holds the word.</summary>
    private readonly int[] numbers;
    private readonly WordSequences sequences;

    /// <summary>
    /// A bit per question word's number modulo 1,024: most words of a text are not the question's and skip the search
    /// (with 64 bits, a question of fifteen words sent a fifth of all words to it).
    /// </summary>
    private readonly ulong[] filter = new ulong[FilterWords];

    /// <summary>
    /// The numbered words' places by number, open addressing over twice as many slots as words (0 is no number): a word
    /// past the filter is found in a slot or two, where a scan of every number cost a call a word.
    /// </summary>
    private readonly int[] slotNumbers;
    private readonly int[] slotPlaces;
    private SurfaceTokens? numbering;

    /// <summary><see cref="SurfaceTokens.Words"/> when the unseen words were last looked up: until it grows they stay unseen.</summary>
    private int resolvedAt = -1;

    public SurfaceOverlap(string question)
    {
        // Each word as its place among the distinct words in order of first appearance (a question has a few dozen words
        // at most, so a scan beats a set).
        var tokens = Tokenizer.Tokenize(question);
        var found = new List<string>(tokens.Count);
        var places = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            if (IsQuestionWord(token.Folded))
            {
                continue;
            }

            var place = found.IndexOf(token.Folded);
            if (place < 0)
            {
                place = found.Count;
                found.Add(token.Folded);
            }

            places.Add(place);
        }

        distinct = [.. found];
        words = [.. places];
        numbers = new int[distinct.Length];
        var slots = 8;
        while (slots < 2 * distinct.Length)
        {
            slots *= 2;
        }

        (slotNumbers, slotPlaces) = (new int[slots], new int[slots]);
        sequences = new WordSequences(words, distinct.Length);
    }

    /// <summary>
    /// Shares of the question's words, bigrams and trigrams the text (as numbered by <paramref name="numbering"/>) holds,
    /// and its longest shared run of words.
    /// </summary>
    public (float Words, float Bigrams, float Trigrams, float LongestRun) Measure(SurfaceTokens numbering, ReadOnlySpan<int> text)
    {
        if (words.Length == 0)
        {
            return (0, 0, 0, 0);
        }

        Resolve(numbering);

        var (bigrams, trigrams) = (sequences.Bigrams, sequences.Trigrams);
        Span<bool> seen = stackalloc bool[distinct.Length + bigrams + trigrams];
        var reading = new Reading(this, seen);
        var i = 0;
        if (Vector512.IsHardwareAccelerated && Avx512F.IsSupported)
        {
            i = Sixteens(text, ref reading);
        }

        for (; i < text.Length; i++)
        {
            var number = text[i];
            if ((filter[(number >> 6) & (FilterWords - 1)] & (1UL << number)) != 0)
            {
                reading.Word(i, number);
            }
        }

        var seenWords = seen[..distinct.Length];
        var seenBigrams = seen.Slice(distinct.Length, bigrams);
        var seenTrigrams = seen[(distinct.Length + bigrams)..];
        var longest = reading.Longest;
        var wordShare = Count(words, seenWords) / (float)words.Length;
        return (wordShare, bigrams == 0 ? 0 : Count(seenBigrams) / (float)bigrams, trigrams == 0 ? 0 : Count(seenTrigrams) / (float)trigrams, (longest + (longest > 0 ? 1 : 0)) / (float)words.Length);
    }

    /// <summary>
    /// The words past the filter, sixteen tested at once: the filter's 1,024 bits are 32 ints in two vectors, a word's int
    /// picked by its number's bits 5–9 (a two-vector permute) and its bit by bits 0–4 (the same bit the scalar test
    /// reads). Most words are not the question's, and a loop that left at each word that is mispredicted about one in
    /// five. Returns where the scalar test takes over (fewer than sixteen words left).
    /// </summary>
    private int Sixteens(ReadOnlySpan<int> text, ref Reading reading)
    {
        var bits = MemoryMarshal.Cast<ulong, int>(filter.AsSpan());
        var (low, high) = (Vector512.Create(bits[..16]), Vector512.Create(bits[16..]));
        var bitOfInt = Vector512.Create(31);
        ref var first = ref MemoryMarshal.GetReference(text);
        var i = 0;
        for (; i + 16 <= text.Length; i += 16)
        {
            var numbers = Vector512.LoadUnsafe(ref first, (nuint)i);
            var picked = Avx512F.PermuteVar16x32x2(low, Vector512.ShiftRightLogical(numbers, 5), high);
            var held = Avx512F.ShiftRightLogicalVariable(picked, (numbers & bitOfInt).AsUInt32()) & Vector512<int>.One;
            var found = Vector512.Equals(held, Vector512<int>.One).ExtractMostSignificantBits();
            while (found != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(found);
                found &= found - 1;
                reading.Word(at, Unsafe.Add(ref first, at));
            }
        }

        return i;
    }

    /// <summary>
    /// One measure's pass over the words past the filter, in text order. A word between two of them is not the question's
    /// and ends any run, as a word <see cref="Place"/> finds no place for does: the pass notes where the last one stood.
    /// </summary>
    private ref struct Reading(SurfaceOverlap overlap, Span<bool> seen)
    {
        private readonly Span<bool> seen = seen;
        private int run;
        private int last = -1;
        private int lastPair = -1;
        private int next;

        public int Longest { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Word(int at, int number)
        {
            if (at != next)
            {
                (run, last, lastPair) = (0, -1, -1);
            }

            next = at + 1;
            var sequences = overlap.sequences;
            var distinct = overlap.distinct.Length;
            var word = overlap.Place(number);
            if (word >= 0)
            {
                seen[word] = true;
            }

            // The pair ending here, and the triple when the pair before it was one of the question's too (every triple
            // of the question starts with one of its pairs).
            var pair = word >= 0 && last >= 0 ? sequences.Bigram(last, word) : -1;
            if (pair >= 0)
            {
                seen[distinct + pair] = true;
                run++;
                Longest = Math.Max(Longest, run);
                if (lastPair >= 0 && sequences.Trigram(lastPair, word) is var triple and >= 0)
                {
                    seen[distinct + sequences.Bigrams + triple] = true;
                }
            }
            else
            {
                run = 0;
            }

            (last, lastPair) = (word, pair);
        }
    }

    /// <summary>Numbers the question's words as the texts are numbered; a word no text held yet is looked up again next time.</summary>
    private void Resolve(SurfaceTokens tokens)
    {
        if (!ReferenceEquals(numbering, tokens))
        {
            Array.Fill(numbers, SurfaceTokens.Unseen);
            numbering = tokens;
            resolvedAt = -1;
        }

        // Read before looking: a word numbered while the look-ups run is looked up again next time.
        var words = tokens.Words;
        if (words == resolvedAt)
        {
            return;
        }

        resolvedAt = words;
        tokens.FindUnseen(distinct, numbers);

        Array.Clear(filter);
        Array.Clear(slotNumbers);
        var mask = slotNumbers.Length - 1;
        for (var place = 0; place < numbers.Length; place++)
        {
            var number = numbers[place];
            if (number == SurfaceTokens.Unseen)
            {
                continue;
            }

            filter[(number >> 6) & (FilterWords - 1)] |= 1UL << number;
            var slot = number & mask;
            while (slotNumbers[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            (slotNumbers[slot], slotPlaces[slot]) = (number, place);
        }
    }

    /// <summary>The place of the question's word with this number, or -1 (what a scan of <see cref="numbers"/> gave: numbers are distinct).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Place(int number)
    {
        var (keys, mask) = (slotNumbers, slotNumbers.Length - 1);
        for (var slot = number & mask; ; slot = (slot + 1) & mask)
        {
            var key = keys[slot];
            if (key == number)
            {
                return slotPlaces[slot];
            }

            if (key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The words a question asks with, left out of its sequences (a switch on the string: no hashing a word).</summary>
    private static bool IsQuestionWord(string word) =>
        word is "what" or "which" or "who" or "whom" or "whose" or "when" or "where" or "why" or "how" or "did" or "does" or "do" or "is" or "was" or "were" or "are";

    private static int Count(ReadOnlySpan<bool> seen) => seen.Count(true);

    private static int Count(int[] words, ReadOnlySpan<bool> seen)
    {
        var count = 0;
        foreach (var word in words)
        {
            count += seen[word] ? 1 : 0;
        }

        return count;
    }
}
