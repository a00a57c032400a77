using System.Collections;
using System.Runtime.CompilerServices;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A passage's sentence spans: a run of an array that a loaded index shares among all its passages (and a build among an
/// article's). An array per passage cost more in headers than in spans at 120,000 passages. A loaded passage keeps its
/// spans in two bytes a number, from its own start (<see cref="Loaded"/>): four numbers of four bytes a sentence were
/// 3.4 MB at 120,000 passages. Two are equal when they are the same run of the same array, as the lists were compared by
/// reference before (not IEquatable, so assertions and comparers that take any list compare the spans, as they did the arrays).
/// </summary>
[CollectionBuilder(typeof(SentenceSpans), nameof(Create))]
public readonly struct SentenceSpans : IReadOnlyList<TextSpan>
{
    // The spans themselves (a TextSpan[]), or a loaded index's shared ushort[]: at start the count, then each sentence's
    // start from the passage's and its length.
    private readonly object? holder;
    private readonly int start;
    // The count for a TextSpan[], where the passage starts in its article for a ushort[].
    private readonly int countOrBase;

    internal SentenceSpans(TextSpan[] spans, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, spans.Length - start);
        (holder, this.start, countOrBase) = (spans, start, count);
    }

    private SentenceSpans(ushort[] table, int at, int passageStart) => (holder, start, countOrBase) = (table, at, passageStart);

    public int Count => holder is ushort[] table ? table[start] : countOrBase;

    public TextSpan this[int index]
    {
        get
        {
            if (holder is ushort[] table)
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)table[start], nameof(index));
                var at = start + 1 + (2 * index);
                return new TextSpan(countOrBase + table[at], table[at + 1]);
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)countOrBase, nameof(index));
            return ((TextSpan[])holder!)[start + index];
        }
    }

    public static implicit operator SentenceSpans(TextSpan[] spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return new(spans, 0, spans.Length);
    }

    public static implicit operator SentenceSpans(List<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        return spans.ToArray();
    }

    public static bool operator ==(SentenceSpans left, SentenceSpans right) => left.Equals(right);

    public static bool operator !=(SentenceSpans left, SentenceSpans right) => !left.Equals(right);

    public static SentenceSpans Create(ReadOnlySpan<TextSpan> spans) => spans.ToArray();

    /// <summary>
    /// Each passage's spans as a snapshot stores them (<paramref name="spans"/> from <paramref name="offsets"/>[p] to
    /// [p + 1], in the article), kept from the passage's start in one shared table of two-byte numbers. A passage whose
    /// count, starts or lengths do not all fit two bytes (a sentence 65,536 characters or more into its passage) keeps its
    /// spans as they are, in a small array of such passages' spans.
    /// </summary>
    internal static SentenceSpans[] Loaded(ReadOnlySpan<TextSpan> spans, ReadOnlySpan<int> offsets, ReadOnlySpan<int> passageStarts)
    {
        // Which passages fit, worked out once: the first pass sizes the two arrays, the second fills them.
        var fits = new bool[passageStarts.Length];
        var (narrow, wide) = (0, 0);
        for (var p = 0; p < passageStarts.Length; p++)
        {
            var count = offsets[p + 1] - offsets[p];
            fits[p] = Fits(spans.Slice(offsets[p], count), passageStarts[p]);
            if (fits[p])
            {
                narrow += 1 + (2 * count);
            }
            else
            {
                wide += count;
            }
        }

        var table = new ushort[narrow];
        var wideSpans = new TextSpan[wide];
        var loaded = new SentenceSpans[passageStarts.Length];
        (narrow, wide) = (0, 0);
        for (var p = 0; p < passageStarts.Length; p++)
        {
            var run = spans.Slice(offsets[p], offsets[p + 1] - offsets[p]);
            if (!fits[p])
            {
                run.CopyTo(wideSpans.AsSpan(wide));
                loaded[p] = new SentenceSpans(wideSpans, wide, run.Length);
                wide += run.Length;
                continue;
            }

            loaded[p] = new SentenceSpans(table, narrow, passageStarts[p]);
            table[narrow++] = (ushort)run.Length;
            foreach (var span in run)
            {
                (table[narrow], table[narrow + 1]) = ((ushort)(span.Start - passageStarts[p]), (ushort)span.Length);
                narrow += 2;
            }
        }

        return loaded;
    }

    public bool Equals(SentenceSpans other) => ReferenceEquals(holder, other.holder) && start == other.start && countOrBase == other.countOrBase;

    public override bool Equals(object? obj) => obj is SentenceSpans other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(holder is null ? 0 : RuntimeHelpers.GetHashCode(holder), start, countOrBase);

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TextSpan> IEnumerable<TextSpan>.GetEnumerator() => Boxed();

    IEnumerator IEnumerable.GetEnumerator() => Boxed();

    private static bool Fits(ReadOnlySpan<TextSpan> run, int passageStart)
    {
        if (run.Length > ushort.MaxValue)
        {
            return false;
        }

        foreach (var span in run)
        {
            if ((ulong)((long)span.Start - passageStart) > ushort.MaxValue || (uint)span.Length > ushort.MaxValue)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerator<TextSpan> Boxed()
    {
        var count = Count;
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Walks the spans without a boxed enumerator (what <c>foreach</c> uses).</summary>
    public struct Enumerator(SentenceSpans owner)
    {
        private readonly int count = owner.Count;
        private int index = -1;

        public readonly TextSpan Current => owner[index];

        public bool MoveNext() => ++index < count;
    }
}
