using System.Runtime.CompilerServices;

namespace ChatBot.Core.Search;

/// <summary>
/// What re-scoring saw while walking each candidate's words, kept so that the ranker's passage match does not walk
/// the same words again (it reads the two dozen passages the search keeps, all of them re-scored). Per walked passage:
/// <list type="bullet">
/// <item>the indexes of the words that stand for a query term or are a number, ascending — every word the match does
/// anything with beyond counting it;</item>
/// <item>for each sentence after the first, the index of the first word the match counts in it: words are given to
/// sentences moving forward only, while the next sentence starts at or before the word's position.</item>
/// </list>
/// Per thread and reused by the next search, which moves <see cref="Generation"/> on; a <see cref="WalkedPassages"/>
/// names the generation it was made in.
/// </summary>
internal sealed class PassageWalks
{
    private int[] marked = new int[512];
    private int[] sentenceFrom = new int[128];
    private int markedCount;
    private int sentenceCount;
    private (int Passage, int Marked, int MarkedEnd, int Sentences, int SentencesEnd)[] entries = new (int, int, int, int, int)[64];
    private int entryCount;
    private int openPassage = -1;
    private int openMarked;
    private int openSentences;

    public int Generation { get; private set; }

    /// <summary>Forgets every walk: what was kept before cannot be found any more.</summary>
    public void Begin()
    {
        Generation++;
        markedCount = 0;
        sentenceCount = 0;
        entryCount = 0;
        openPassage = -1;
    }

    /// <summary>Starts the record of one passage's walk; <see cref="Close"/> ends it.</summary>
    public void Open(int passage, int words, int sentences)
    {
        openPassage = passage;
        openMarked = markedCount;
        openSentences = sentenceCount;
        if (marked.Length - markedCount < words)
        {
            Array.Resize(ref marked, Math.Max(markedCount + words, 2 * marked.Length));
        }

        if (sentenceFrom.Length - sentenceCount < sentences)
        {
            Array.Resize(ref sentenceFrom, Math.Max(sentenceCount + sentences, 2 * sentenceFrom.Length));
        }
    }

    /// <summary>Word <paramref name="word"/> stands for a query term or is a number (room was made by <see cref="Open"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int word) => marked[markedCount++] = word;

    /// <summary>The next sentence's words begin at <paramref name="word"/> (room was made by <see cref="Open"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SentenceFrom(int word) => sentenceFrom[sentenceCount++] = word;

    /// <summary>
    /// Ends the open record: sentences the walk never reached begin after the last word. A passage walked twice in
    /// one generation keeps its first record (both are the same walk).
    /// </summary>
    public void Close(int words, int sentences)
    {
        while (sentenceCount - openSentences < sentences - 1)
        {
            sentenceFrom[sentenceCount++] = words;
        }

        if (Find(openPassage) < 0)
        {
            if (entryCount == entries.Length)
            {
                Array.Resize(ref entries, 2 * entries.Length);
            }

            entries[entryCount++] = (openPassage, openMarked, markedCount, openSentences, sentenceCount);
        }

        openPassage = -1;
    }

    /// <summary>The record of <paramref name="passage"/>'s walk in this generation, if it was walked.</summary>
    public bool TryFind(int passage, out ReadOnlySpan<int> marks, out ReadOnlySpan<int> sentences)
    {
        var entry = Find(passage);
        if (entry < 0)
        {
            marks = default;
            sentences = default;
            return false;
        }

        var (_, from, to, sentenceStart, sentenceEnd) = entries[entry];
        marks = marked.AsSpan(from, to - from);
        sentences = sentenceFrom.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
        return true;
    }

    private int Find(int passage)
    {
        for (var e = 0; e < entryCount; e++)
        {
            if (entries[e].Passage == passage)
            {
                return e;
            }
        }

        return -1;
    }
}
