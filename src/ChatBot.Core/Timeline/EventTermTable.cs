namespace ChatBot.Core.Timeline;

/// <summary>
/// Gathers the terms of a loaded timeline's events into one table: each event's run is its count followed by its terms.
/// Finished, the table takes two bytes a number when every count and term fits them (a vocabulary under 65,536 terms)
/// and four otherwise; a run starts at the same place in either, so where an event's run was begun stays valid.
/// </summary>
internal sealed class EventTermTable
{
    private int[] numbers = new int[1024];
    private int length;
    private bool wide;

    /// <summary>Begins a run of <paramref name="count"/> terms; returns where it is, for <see cref="EventTerms.Of"/>.</summary>
    public int Begin(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var at = length;
        Append(count);
        return at;
    }

    public void Append(int term)
    {
        if (length == numbers.Length)
        {
            Array.Resize(ref numbers, checked(numbers.Length * 2));
        }

        numbers[length++] = term;
        wide |= term is < 0 or > ushort.MaxValue;
    }

    /// <summary>The table an event holds its run in: a ushort[] or an int[], exactly as long as what was added.</summary>
    public object Finish()
    {
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
}
