using System.Runtime.CompilerServices;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Ranking;

/// <summary>
/// Whether each passage opens its paragraph, two bits a passage (known, opens) kept with the index it comes from.
/// Telling it from the article reads the article, its block list and the block: three objects scattered over the heap
/// for each of some 24 candidates a question, and those cache misses were ~3.5% of a SciFact ask. Filled lazily, a
/// passage the first time a question ranks it, and dropped with its index (as <see cref="SurfaceTokens"/> is); safe to
/// share between threads, since two threads filling one passage set the same bits.
/// </summary>
public sealed class ParagraphOpenings
{
    private const int Known = 1;
    private const int Opens = 2;

    private static readonly ConditionalWeakTable<CorpusIndex, ParagraphOpenings> PerIndex = [];

    private readonly CorpusIndex corpus;

    /// <summary>Sixteen passages a word, passage p's bits at 2 × (p mod 16).</summary>
    private readonly int[] bits;

    private ParagraphOpenings(CorpusIndex corpus)
    {
        this.corpus = corpus;
        bits = new int[(corpus.Passages.Count + 15) / 16];
    }

    public static ParagraphOpenings For(CorpusIndex corpus) => PerIndex.GetValue(corpus, c => new ParagraphOpenings(c));

    /// <summary>True when the passage starts where its paragraph (its article's block) starts.</summary>
    public bool IsFirstInParagraph(Passage passage)
    {
        var ordinal = passage.Ordinal;
        if ((uint)ordinal >= (uint)corpus.Passages.Count)
        {
            return Read(corpus, passage);
        }

        var (word, shift) = (ordinal >> 4, (ordinal & 15) * 2);
        var known = Volatile.Read(ref bits[word]) >> shift;
        if ((known & Known) != 0)
        {
            return (known & Opens) != 0;
        }

        var opens = Read(corpus, passage);
        Interlocked.Or(ref bits[word], (Known | (opens ? Opens : 0)) << shift);
        return opens;
    }

    /// <summary>What the rankers always asked: the passage starts at its block's start.</summary>
    internal static bool Read(CorpusIndex corpus, Passage passage) =>
        corpus.ArticleOf(passage).BlockStart(passage.BlockIndex) == passage.Start;
}
