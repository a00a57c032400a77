namespace ChatBot.Core.Timeline;

/// <summary>
/// Gathers the terms of a loaded timeline's events into one table: each event's run is its count followed by its terms.
/// A sentence that states several dates is several events with the same terms (a fifth of the events at 120,000
/// passages), so when the table is finished a run equal to the run of an earlier event of the same sentence is not kept
/// again: the event is given the earlier run's place. Which events share a sentence the caller says (it has their
/// passages and starts); a table of the runs by hash found the same runs at 120,000 passages but cost a third of the
/// timeline's decoding. Finished, the table takes two bytes a number when every count and term fits them (a vocabulary
/// under 65,536 terms) and four otherwise.
/// </summary>
internal sealed class EventTermTable
{
    private int[] numbers;
    private int length;
    private bool wide;

    /// <param name="numbers">About how many counts and terms will be added (growing a table of millions costs copies).</param>
    public EventTermTable(int numbers = 1024) => this.numbers = new int[Math.Max(16, numbers)];

    /// <summary>Adds a run of <paramref name="terms"/>; returns where it is, for <see cref="Finish(int[], ReadOnlySpan{int})"/>.</summary>
    public int Add(ReadOnlySpan<int> terms)
    {
        var at = length;
        if (numbers.Length - length <= terms.Length)
        {
            Array.Resize(ref numbers, checked(Math.Max(numbers.Length * 2, length + terms.Length + 1)));
        }

        numbers[length++] = terms.Length;
        foreach (var term in terms)
        {
            numbers[length++] = term;
            wide |= term is < 0 or > ushort.MaxValue;
        }

        wide |= terms.Length > ushort.MaxValue;
        return at;
    }

    /// <summary>The table with every run as added (nothing shared), for <see cref="EventTerms.Of"/> at the places Add gave.</summary>
    public object Finish() => Finish(null, []);

    /// <summary>
    /// The table an event holds its run in: a ushort[] or an int[], exactly as long as what it keeps. <paramref name="places"/>
    /// holds what <see cref="Add"/> gave each event and is rewritten to the event's place in the table. An event whose
    /// <paramref name="earlier"/> is another event's number (smaller than its own, -1 for none) is given that event's run
    /// when the two runs are equal.
    /// </summary>
    public object Finish(int[]? places, ReadOnlySpan<int> earlier)
    {
        var kept = length;
        if (places is not null)
        {
            // Where each run goes in the finished table; the added runs are read from numbers until the copy below.
            var moved = new int[places.Length];
            kept = 0;
            for (var e = 0; e < places.Length; e++)
            {
                var other = earlier.IsEmpty ? -1 : earlier[e];
                if (other >= 0 && other < e && SameRun(places[other], places[e]))
                {
                    moved[e] = moved[other];
                }
                else
                {
                    moved[e] = kept;
                    kept += 1 + numbers[places[e]];
                }
            }

            var table = wide ? (Array)new int[kept] : new ushort[kept];
            for (var e = 0; e < places.Length; e++)
            {
                // An event that took an earlier run has nothing to copy.
                var other = earlier.IsEmpty ? -1 : earlier[e];
                if (!(other >= 0 && other < e && moved[other] == moved[e]))
                {
                    Copy(places[e], table, moved[e]);
                }
            }

            moved.CopyTo(places, 0);
            numbers = [];
            return table;
        }

        var whole = wide ? (Array)numbers.AsSpan(0, kept).ToArray() : Narrowed(numbers.AsSpan(0, kept));
        numbers = [];
        return whole;
    }

    private bool SameRun(int a, int b) => numbers.AsSpan(a, 1 + numbers[a]).SequenceEqual(numbers.AsSpan(b, 1 + numbers[b]));

    private void Copy(int from, Array table, int to)
    {
        var run = numbers.AsSpan(from, 1 + numbers[from]);
        if (table is int[] ints)
        {
            run.CopyTo(ints.AsSpan(to));
            return;
        }

        var narrow = ((ushort[])table).AsSpan(to, run.Length);
        for (var i = 0; i < run.Length; i++)
        {
            narrow[i] = (ushort)run[i];
        }
    }

    private static ushort[] Narrowed(ReadOnlySpan<int> numbers)
    {
        var narrow = new ushort[numbers.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            narrow[i] = (ushort)numbers[i];
        }

        return narrow;
    }
}
