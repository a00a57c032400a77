using System.Collections;

namespace ChatBot.Core.Corpus;

/// <summary>
/// An article's paragraphs and headings as a run of columns (kind, start, length) that a loaded corpus shares among all
/// its articles: a record and a list slot a block cost 40 bytes, the columns nine (4.7 against 1.4 MB with each article's
/// run at 120,000 passages). A <see cref="TextBlock"/> is made when one is read; what reads a block per passage
/// (the ranker's paragraph check) reads each once, and scans of every block are commands and snapshot writes.
/// </summary>
internal sealed class TextBlocks : IReadOnlyList<TextBlock>
{
    private readonly Columns columns;
    private readonly int first;

    private TextBlocks(Columns columns, int first, int count) => (this.columns, this.first, Count) = (columns, first, count);

    public int Count { get; }

    public TextBlock this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var at = first + index;
            return new TextBlock(index, (BlockKind)columns.Kinds[at], columns.Starts[at], columns.Lengths[at]);
        }
    }

    /// <summary>The start of block <paramref name="index"/>, what <c>this[index].Start</c> is, without making the block.</summary>
    public int StartAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return columns.Starts[first + index];
    }

    public IEnumerator<TextBlock> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// The columns of a corpus's blocks as a snapshot's reader fills them, article after article: <see cref="Add"/> each
    /// block, <see cref="Close"/> each article's run, then <see cref="Finish"/> once (the runs read the finished columns).
    /// </summary>
    internal sealed class Builder
    {
        private readonly Columns columns = new();
        private int length;
        private int runStart;

        public void Add(BlockKind kind, int start, int length)
        {
            columns.Grow(this.length + 1);
            (columns.Kinds[this.length], columns.Starts[this.length], columns.Lengths[this.length]) = ((byte)kind, start, length);
            this.length++;
        }

        /// <summary>The blocks added since the last run was closed, as the article's list; an article with none shares the empty list.</summary>
        public IReadOnlyList<TextBlock> Close()
        {
            var run = length == runStart ? (IReadOnlyList<TextBlock>)[] : new TextBlocks(columns, runStart, length - runStart);
            runStart = length;
            return run;
        }

        /// <summary>Cuts the columns to what was added (the runs handed out read them from here on).</summary>
        public void Finish() => columns.Trim(length);
    }

    // Held by every run of a corpus; its arrays are replaced while a reader fills them, then fixed.
    private sealed class Columns
    {
        public byte[] Kinds { get; private set; } = [];

        public int[] Starts { get; private set; } = [];

        public int[] Lengths { get; private set; } = [];

        public void Grow(int needed)
        {
            if (needed > Kinds.Length)
            {
                Resize(Math.Max(needed, Math.Max(16, Kinds.Length * 2)));
            }
        }

        public void Trim(int length)
        {
            if (length != Kinds.Length)
            {
                Resize(length);
            }
        }

        private void Resize(int size)
        {
            var (kinds, starts, lengths) = (Kinds, Starts, Lengths);
            Array.Resize(ref kinds, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref lengths, size);
            (Kinds, Starts, Lengths) = (kinds, starts, lengths);
        }
    }
}
