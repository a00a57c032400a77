using System.Runtime.CompilerServices;

namespace ChatBot.Core.Indexing;

/// <summary>
/// How often each term occurs in one passage's body, heading and title, counted in arrays indexed by term: a dictionary
/// per passage cost two look-ups a token. <see cref="Met"/> lists the terms in the order first met, and
/// <see cref="Reset"/> zeroes only those, so one set of counters serves passage after passage.
/// </summary>
internal sealed class TermCounts(int termCount)
{
    public int[] Body { get; } = new int[termCount];

    public int[] Heading { get; } = new int[termCount];

    public int[] Title { get; } = new int[termCount];

    public List<int> Met { get; } = [];

    /// <summary>Counts <paramref name="terms"/> in field 0 (body), 1 (heading) or 2 (title).</summary>
    // Optimized at once, like the build's other methods that see every passage (why: IndexBuilder.Build).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<int> terms, int field)
    {
        var counts = field switch { 0 => Body, 1 => Heading, _ => Title };
        foreach (var term in terms)
        {
            if (Body[term] == 0 && Heading[term] == 0 && Title[term] == 0)
            {
                Met.Add(term);
            }

            counts[term]++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reset()
    {
        foreach (var term in Met)
        {
            Body[term] = 0;
            Heading[term] = 0;
            Title[term] = 0;
        }

        Met.Clear();
    }
}
