using System.Numerics;
using System.Runtime.CompilerServices;

namespace ChatBot.Core.Timeline;

/// <summary>
/// Merges the same event told by several articles: a candidate joins the first event (in corpus order) of the same
/// date that no source of its own article tells yet and whose terms overlap its own by <see cref="SameEventOverlap"/>
/// (Jaccard), and otherwise opens an event. Candidates of different dates never meet, so each date's candidates are
/// merged on their own and the dates in parallel; events are then numbered in the corpus order of the candidate that
/// opened them, which is the order a single pass over all candidates would give them.
/// </summary>
internal static class TimelineMerge
{
    private const double SameEventOverlap = 0.5;

    /// <summary>The events, in corpus order, each with its <see cref="TimelineEvent.CorpusOrder"/>.</summary>
    // Optimized at once, with the date loop's body and MergeDate (why: IndexBuilder.Build): perf saw them in unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> candidates, int maxDegreeOfParallelism = -1)
    {
        var byDate = new Dictionary<EventDate, List<int>>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var date = candidates[c].Date;
            if (!byDate.TryGetValue(date, out var sameDate))
            {
                byDate[date] = sameDate = [];
            }

            sameDate.Add(c);
        }

        var dates = byDate.Values.ToArray();
        var opens = new bool[candidates.Count];
        var joined = new List<TimelineSource>?[candidates.Count];
        Parallel.For(0, dates.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new List<OpenEvent>(), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (d, _, open) =>
        {
            MergeDate(candidates, dates[d], opens, joined, open);
            return open;
        }, _ => { });

        var events = new List<TimelineEvent>();
        // One record per date, shared by the events of that date: a few thousand dates among hundreds of thousands of events.
        var shared = new Dictionary<EventDate, EventDate>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (opens[c])
            {
                var candidate = candidates[c];
                var date = shared.TryGetValue(candidate.Date, out var same) ? same : shared[candidate.Date] = candidate.Date;
                events.Add(candidate with { Date = date, Sources = joined[c] is { } sources ? [.. sources] : candidate.Sources, CorpusOrder = events.Count });
            }
        }

        return events;
    }

    /// <summary>
    /// One date's candidates, in corpus order: marks the ones that open an event and gathers the sources of the ones that
    /// join it. <paramref name="open"/> is the thread's scratch list of the events opened so far, with their bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MergeDate(IReadOnlyList<TimelineEvent> candidates, List<int> sameDate, bool[] opens, List<TimelineSource>?[] joined, List<OpenEvent> open)
    {
        open.Clear();
        foreach (var c in sameDate)
        {
            var candidate = candidates[c];
            var terms = candidate.Terms.AsInts();
            var bits = Bits(terms);
            var crowded = terms.Length - BitOperations.PopCount(bits);
            var target = -1;
            foreach (var (o, openBits, openLength, openCrowded) in open)
            {
                // The bounds of SameEvent first, from what was kept of the open event: most pairs end here without
                // reading the event's terms or sources (the checks are pure, so their order changes no result).
                if (3 * (BitOperations.PopCount(openBits & bits) + Math.Min(openCrowded, crowded)) < openLength + terms.Length
                    || 2 * Math.Min(openLength, terms.Length) < Math.Max(openLength, terms.Length))
                {
                    continue;
                }

                var sources = (IReadOnlyList<TimelineSource>?)joined[o] ?? candidates[o].Sources;
                if (!HasSourceIn(sources, candidate.Sources[0].ArticleId) && SameEvent(candidates[o].Terms.AsInts(), openBits, terms, bits))
                {
                    target = o;
                    break;
                }
            }

            if (target < 0)
            {
                opens[c] = true;
                open.Add(new OpenEvent(c, bits, terms.Length, crowded));
            }
            else
            {
                (joined[target] ??= [.. candidates[target].Sources]).AddRange(candidate.Sources);
            }
        }
    }

    /// <summary>An event opened on a date, with its terms' <see cref="Bits"/>, count, and count beyond the bits set.</summary>
    private readonly record struct OpenEvent(int Candidate, ulong Bits, int Length, int Crowded);

    private static bool HasSourceIn(IReadOnlyList<TimelineSource> sources, string articleId)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].ArticleId == articleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="Overlap"/> at least <see cref="SameEventOverlap"/>.</summary>
    internal static bool SameEvent(ReadOnlySpan<int> a, ReadOnlySpan<int> b) => SameEvent(a, Bits(a), b, Bits(b));

    /// <summary>
    /// <see cref="Overlap"/> at least <see cref="SameEventOverlap"/>, which for Jaccard is three times the shared terms
    /// reaching both sizes together. Most pairs are told apart without comparing terms: sets whose sizes differ by more
    /// than twice cannot get there, and the shared terms are at most the bits the two sets' <see cref="Bits"/> have in
    /// common plus the terms of either set that fall on a bit another of its own terms took.
    /// </summary>
    internal static bool SameEvent(ReadOnlySpan<int> a, ulong aBits, ReadOnlySpan<int> b, ulong bBits)
    {
        var common = BitOperations.PopCount(aBits & bBits);
        var crowded = Math.Min(a.Length - BitOperations.PopCount(aBits), b.Length - BitOperations.PopCount(bBits));
        return 3 * (common + crowded) >= a.Length + b.Length
            && 2 * Math.Min(a.Length, b.Length) >= Math.Max(a.Length, b.Length)
            && Overlap(a, b) >= SameEventOverlap;
    }

    /// <summary>A bit per term, the term's number modulo 64.</summary>
    internal static ulong Bits(ReadOnlySpan<int> terms)
    {
        var bits = 0UL;
        foreach (var term in terms)
        {
            bits |= 1UL << (term & 63);
        }

        return bits;
    }

    /// <summary>Jaccard overlap of two sorted term sets.</summary>
    internal static double Overlap(EventTerms a, EventTerms b) => Overlap(a.AsInts(), b.AsInts());

    internal static double Overlap(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared / (double)(a.Length + b.Length - shared);
    }
}
