using System.Runtime.CompilerServices;

namespace ChatBot.Core.Search;

/// <summary>
/// What re-scoring saw while walking each candidate's words, kept so that the ranker's passage match does not look
/// every word up again (it reads the two dozen passages the search keeps, all of them re-scored): per walked passage,
/// the indexes of the words that stand for a query term or are a number, ascending — every word the match does
/// anything with beyond counting it in its sentence.
/// Per thread and reused by the next search, which moves <see cref="Generation"/> on; a <see cref="WalkedPassages"/>
/// names the generation it was made in.
/// </summary>
internal sealed class PassageWalks
{
    private int[] marked = new int[512];
    private int markedCount;
    private (int Passage, int Marked, int MarkedEnd)[] entries = new (int, int, int)[64];
    private int entryCount;
    private int openPassage = -1;
    private int openMarked;

    public int Generation { get; private set; }

    /// <summary>Forgets every walk: what was kept before cannot be found any more.</summary>
    public void Begin()
    {
        Generation++;
        markedCount = 0;
        entryCount = 0;
        openPassage = -1;
    }

    /// <summary>Starts the record of one passage's walk; <see cref="Close"/> ends it.</summary>
    public void Open(int passage, int words)
    {
        openPassage = passage;
        openMarked = markedCount;
        if (marked.Length - markedCount < words)
        {
            Array.Resize(ref marked, Math.Max(markedCount + words, 2 * marked.Length));
        }
    }

    /// <summary>Room for the open record's marks, one slot per word of the passage; <see cref="Close(int)"/> says how many were written.</summary>
    public Span<int> Room => marked.AsSpan(openMarked, marked.Length - openMarked);

    /// <summary>Ends the open record with the first <paramref name="count"/> marks written to <see cref="Room"/>.</summary>
    public void Close(int count)
    {
        markedCount = openMarked + count;
        Close();
    }

    /// <summary>Word <paramref name="word"/> stands for a query term or is a number (room was made by <see cref="Open"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int word) => marked[markedCount++] = word;

    /// <summary>Ends the open record. A passage walked twice in one generation keeps its first record (both are the same walk).</summary>
    public void Close()
    {
        if (Find(openPassage) < 0)
        {
            if (entryCount == entries.Length)
            {
                Array.Resize(ref entries, 2 * entries.Length);
            }

            entries[entryCount++] = (openPassage, openMarked, markedCount);
        }

        openPassage = -1;
    }

    /// <summary>The record of <paramref name="passage"/>'s walk in this generation, if it was walked.</summary>
    public bool TryFind(int passage, out ReadOnlySpan<int> marks)
    {
        var entry = Find(passage);
        if (entry < 0)
        {
            marks = default;
            return false;
        }

        var (_, from, to) = entries[entry];
        marks = marked.AsSpan(from, to - from);
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
