using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Gathers the terms of a loaded timeline's events into one table: each event's run is its count followed by its terms.
/// A sentence that states several dates is several events with the same terms (a quarter of the events at 120,000
/// passages), so a run equal to one already added is not added again: the event is given the earlier run's place.
/// Finished, the table takes two bytes a number when every count and term fits them (a vocabulary under 65,536 terms)
/// and four otherwise; a run starts at the same place in either, so where an event's run was added stays valid.
/// </summary>
internal sealed class EventTermTable
{
    private int[] numbers = new int[1024];
    private int length;
    private bool wide;

    // Where the first run with a given hash of its numbers is; a run is shared only once its numbers are compared equal.
    private Dictionary<ulong, int>? runsByHash;

    /// <param name="runs">About how many runs will be added (sized up front: growing a table of 200,000 costs more than hashing them).</param>
    public EventTermTable(int runs = 0) => runsByHash = new(runs);

    /// <summary>Adds a run of <paramref name="terms"/> (or finds an equal one); returns where it is, for <see cref="EventTerms.Of"/>.</summary>
    public int Add(ReadOnlySpan<int> terms)
    {
        ObjectDisposedException.ThrowIf(runsByHash is null, this);
        var at = length;
        Append(terms.Length);
        foreach (var term in terms)
        {
            Append(term);
        }

        var run = numbers.AsSpan(at, length - at);
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(run));
        if (!runsByHash.TryGetValue(hash, out var earlier))
        {
            runsByHash[hash] = at;
            return at;
        }

        if (numbers.AsSpan(earlier, run.Length).SequenceEqual(run))
        {
            // The run's numbers are the earlier run's, so the table's width is the same without them.
            length = at;
            return earlier;
        }

        return at;
    }

    /// <summary>The table an event holds its run in: a ushort[] or an int[], exactly as long as what was added.</summary>
    public object Finish()
    {
        runsByHash = null;
        if (wide)
        {
            return numbers.AsSpan(0, length).ToArray();
        }

        var narrow = new ushort[length];
        for (var i = 0; i < length; i++)
        {
            narrow[i] = (ushort)numbers[i];
        }

        return narrow;
    }

    private void Append(int number)
    {
        if (length == numbers.Length)
        {
            Array.Resize(ref numbers, checked(numbers.Length * 2));
        }

        numbers[length++] = number;
        wide |= number is < 0 or > ushort.MaxValue;
    }
}
