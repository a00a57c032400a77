using System.Runtime.CompilerServices;
using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Ranking;

/// <summary>
/// What a sentence's text alone decides for the sentence features, kept with the index the sentence comes from: whether
/// it opens by leaning on the sentence before, whether it negates, and the facts of a kind the new-fact check weighs.
/// Every question reads the sentences of its best passages, and the same sentences come up again and again; reading
/// their text with the patterns once is enough. Filled lazily, a sentence the first time a question needs it, and
/// dropped with its index (as <see cref="SurfaceTokens"/> is); safe to share between threads, since two threads filling
/// one sentence write equal values.
/// </summary>
public sealed class SentenceTraits
{
    private const byte Known = 1;
    private const byte Anaphor = 2;
    private const byte Negation = 4;

    /// <summary>The question kinds whose new-fact check reads facts of the sentence, each with its slot.</summary>
    private const int Kinds = 4;

    private static readonly ConditionalWeakTable<CorpusIndex, SentenceTraits> PerIndex = [];

    /// <summary>Per passage, a byte per sentence: <see cref="Known"/> once the others are set.</summary>
    private readonly byte[]?[] flags;

    /// <summary>Per passage, <see cref="Kinds"/> slots per sentence: <see cref="NewFacts.Facts"/> of that kind once read.</summary>
    private readonly string?[]?[]?[] facts;

    /// <summary>
    /// Per passage, each sentence's <see cref="SentenceTrimmer.CountWords"/> plus one (0 until read), two bytes a sentence:
    /// a long-running bot reads most passages' sentences, and four bytes held twice what their counts need (a sentence too
    /// long for two bytes is counted each time instead).
    /// </summary>
    private readonly ushort[]?[] words;

    private SentenceTraits(int passageCount)
    {
        flags = new byte[passageCount][];
        facts = new string?[passageCount][][];
        words = new ushort[passageCount][];
    }

    public static SentenceTraits For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new SentenceTraits(c.Passages.Count));

    /// <summary>The sentence's leading anaphor and negation, when a question has read them before.</summary>
    public bool TryRead(Passage passage, int sentence, out bool anaphor, out bool negation)
    {
        var known = Volatile.Read(ref flags[passage.Ordinal]) is { } perSentence && sentence < perSentence.Length ? perSentence[sentence] : (byte)0;
        (anaphor, negation) = ((known & Anaphor) != 0, (known & Negation) != 0);
        return (known & Known) != 0;
    }

    public void Keep(Passage passage, int sentence, bool anaphor, bool negation)
    {
        var perSentence = Slots(ref flags[passage.Ordinal], passage.Sentences.Count);
        if (sentence < perSentence.Length)
        {
            perSentence[sentence] = (byte)(Known | (anaphor ? Anaphor : 0) | (negation ? Negation : 0));
        }
    }

    /// <summary>
    /// <see cref="NewFacts.Has"/> for the ranked sentence (its own article's date), from the facts of the question's kind
    /// read the first time any question of that kind asked about the sentence.
    /// </summary>
    public bool HasNewFact(RankedSentence sentence, string question, QuestionKind kind)
    {
        var slot = kind switch
        {
            QuestionKind.Date => 0,
            QuestionKind.Number => 1,
            QuestionKind.Place => 2,
            QuestionKind.Person => 3,
            _ => -1,
        };
        if (slot < 0)
        {
            // NewFacts.Has weighs no fact for any other kind: without reading the sentence (made into a string) at all.
            return true;
        }

        var (passage, index, published) = (sentence.Passage.Hit.Passage, sentence.Index, sentence.Article.Published);
        if (index >= passage.Sentences.Count)
        {
            return NewFacts.Has(sentence.Text, question, kind, published);
        }

        var perSentence = Slots(ref facts[passage.Ordinal], passage.Sentences.Count * Kinds);
        ref var kept = ref perSentence[(index * Kinds) + slot];
        var read = Volatile.Read(ref kept);
        if (read is null)
        {
            read = NewFacts.Facts(sentence.Text, kind, published)!;
            Volatile.Write(ref kept, read);
        }

        return NewFacts.HasAmong(read, question, kind) ?? NewFacts.Has(sentence.Text, question, kind, published);
    }

    /// <summary>
    /// The ranked sentence's words as an answer counts them, read from its text the first time any question asks: an
    /// answer weighs many sentences against its word budget and takes few, and the others' text need not be read again.
    /// </summary>
    public int Words(RankedSentence sentence) => Words(sentence.Passage.Hit.Passage, sentence.Index, null, sentence);

    /// <summary>The same for sentence <paramref name="sentence"/> of a passage of <paramref name="corpus"/>.</summary>
    public int Words(CorpusIndex corpus, Passage passage, int sentence) => Words(passage, sentence, corpus, null);

    private int Words(Passage passage, int sentence, CorpusIndex? corpus, RankedSentence? ranked)
    {
        string Text() => ranked?.Text ?? corpus!.ArticleOf(passage).Slice(passage.Sentences[sentence]);
        if ((uint)sentence >= (uint)passage.Sentences.Count)
        {
            return SentenceTrimmer.CountWords(Text());
        }

        ref var kept = ref Slots(ref words[passage.Ordinal], passage.Sentences.Count)[sentence];
        var count = Volatile.Read(ref kept);
        if (count != 0)
        {
            return count - 1;
        }

        var counted = SentenceTrimmer.CountWords(Text());
        if (counted < ushort.MaxValue)
        {
            // A sentence of 65,535 words or more (no real one) is counted again each time: its count does not fit.
            Volatile.Write(ref kept, (ushort)(counted + 1));
        }

        return counted;
    }

    private static T[] Slots<T>(ref T[]? slot, int count)
    {
        if (Volatile.Read(ref slot) is { } made)
        {
            return made;
        }

        Interlocked.CompareExchange(ref slot, new T[count], null);
        return Volatile.Read(ref slot)!;
    }
}
