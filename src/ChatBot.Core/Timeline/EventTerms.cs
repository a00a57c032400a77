using System.Collections;
using System.Runtime.CompilerServices;

namespace ChatBot.Core.Timeline;

/// <summary>
/// An event's index terms, sorted: an array of its own (the events a build makes) or a run of the one table a loaded
/// timeline keeps for all its events (<see cref="EventTermTable"/>), two bytes a term while the vocabulary fits. An array
/// per event cost more in headers than in terms, for a list read only by topic filters. Two are equal when they are the
/// same array or the same run of the same table, as the arrays were compared by reference before.
/// </summary>
[CollectionBuilder(typeof(EventTerms), nameof(Create))]
public readonly struct EventTerms : IReadOnlyList<int>, IEquatable<EventTerms>
{
    // An int[] (the event's own, or a table's four-byte runs) or a ushort[] (a table's two-byte runs); null when empty.
    private readonly object? holder;
    private readonly int start;
    private readonly int count;

    private EventTerms(object? holder, int start, int count) => (this.holder, this.start, this.count) = (holder, start, count);

    public int Count => count;

    public int this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)count, nameof(index));
            return holder is ushort[] narrow ? narrow[start + index] : ((int[])holder!)[start + index];
        }
    }

    /// <summary>The holder and where in it the run's count is (-1 for an array of its own), for an event to keep.</summary>
    internal (object? Holder, int At) Stored => start == 0 ? (holder, -1) : (holder, start - 1);

    public static implicit operator EventTerms(int[] terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new(terms, 0, terms.Length);
    }

    public static bool operator ==(EventTerms left, EventTerms right) => left.Equals(right);

    public static bool operator !=(EventTerms left, EventTerms right) => !left.Equals(right);

    public static EventTerms Create(ReadOnlySpan<int> terms) => terms.ToArray();

    /// <summary>What <see cref="Stored"/> gave: the holder's whole array (<paramref name="at"/> -1) or the run counted at <paramref name="at"/>.</summary>
    internal static EventTerms Of(object? holder, int at) => holder switch
    {
        null => default,
        _ when at < 0 => new(holder, 0, ((Array)holder).Length),
        ushort[] narrow => new(narrow, at + 1, narrow[at]),
        _ => new(holder, at + 1, ((int[])holder)[at]),
    };

    /// <summary>Whether the sorted terms hold <paramref name="term"/> (what a binary search of the array told).</summary>
    public bool Contains(int term)
    {
        if (holder is ushort[] narrow)
        {
            return term is >= 0 and <= ushort.MaxValue && narrow.AsSpan(start, count).BinarySearch((ushort)term) >= 0;
        }

        return count > 0 && ((int[])holder!).AsSpan(start, count).BinarySearch(term) >= 0;
    }

    /// <summary>The terms as four-byte numbers: the array itself when they are kept so, a copy otherwise.</summary>
    internal ReadOnlySpan<int> AsInts() => holder is int[] ints ? ints.AsSpan(start, count) : ToArray();

    public int[] ToArray()
    {
        var terms = new int[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = this[i];
        }

        return terms;
    }

    public bool Equals(EventTerms other) => ReferenceEquals(holder, other.holder) && start == other.start && count == other.count;

    public override bool Equals(object? obj) => obj is EventTerms other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(holder is null ? 0 : RuntimeHelpers.GetHashCode(holder), start, count);

    public override string ToString() => string.Join(',', this);

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
