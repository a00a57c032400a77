using System.Collections;
using System.Runtime.CompilerServices;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A passage's sentence spans: a run of an array that a loaded index shares among all its passages (and a build among an
/// article's). An array per passage cost more in headers than in spans at 120,000 passages. Two are equal when they are
/// the same run of the same array, as the lists were compared by reference before (not IEquatable, so assertions and
/// comparers that take any list compare the spans, as they did the arrays).
/// </summary>
[CollectionBuilder(typeof(SentenceSpans), nameof(Create))]
public readonly struct SentenceSpans : IReadOnlyList<TextSpan>
{
    private readonly TextSpan[]? spans;
    private readonly int start;
    private readonly int count;

    internal SentenceSpans(TextSpan[] spans, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, spans.Length - start);
        (this.spans, this.start, this.count) = (spans, start, count);
    }

    public int Count => count;

    public TextSpan this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)count, nameof(index));
            return spans![start + index];
        }
    }

    /// <summary>The spans in place.</summary>
    public ReadOnlySpan<TextSpan> AsSpan() => spans is null ? default : spans.AsSpan(start, count);

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

    public bool Equals(SentenceSpans other) => ReferenceEquals(spans, other.spans) && start == other.start && count == other.count;

    public override bool Equals(object? obj) => obj is SentenceSpans other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(spans is null ? 0 : RuntimeHelpers.GetHashCode(spans), start, count);

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TextSpan> IEnumerable<TextSpan>.GetEnumerator() => Boxed();

    IEnumerator IEnumerable.GetEnumerator() => Boxed();

    private IEnumerator<TextSpan> Boxed()
    {
        for (var i = 0; i < count; i++)
        {
            yield return spans![start + i];
        }
    }

    /// <summary>Walks the spans without a boxed enumerator (what <c>foreach</c> uses).</summary>
    public struct Enumerator(SentenceSpans owner)
    {
        private int index = -1;

        public readonly TextSpan Current => owner.spans![owner.start + index];

        public bool MoveNext() => ++index < owner.count;
    }
}
