namespace ChatBot.Core.Ranking;

// Word order: how a passage's occurrences of the question's concepts keep the question's order and spacing.
public sealed partial class PassageMatch
{
    private const int NearSlack = 3;

    /// <summary>Adjacent question concepts (in question order) found at the question's spacing, or near it.</summary>
    internal static (float Exact, float Near, float Chain) Pairs(QuestionProfile question, ReadOnlySpan<(int Position, int Concept)> span)
    {
        var order = question.InOrder;
        if (order.Length < 2)
        {
            var alone = order.Length == 1 && span.Length > 0 ? 1f : 0f;
            return (alone, alone, alone);
        }

        // A pair with a concept absent from the span finds nothing: it is not searched for.
        var present = 0UL;
        foreach (var (_, concept) in span)
        {
            present |= 1UL << concept;
        }

        var gaps = question.InOrderGaps;
        int exact = 0, near = 0, run = 0, longest = 0;
        for (var i = 0; i + 1 < order.Length; i++)
        {
            var a = order[i];
            var b = order[i + 1];
            var (isExact, isNear) = (present & (1UL << a)) != 0 && (present & (1UL << b)) != 0 ? Pair(span, a, b, gaps[i]) : (false, false);

            exact += isExact ? 1 : 0;
            near += isNear ? 1 : 0;
            run = isNear ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var pairs = order.Length - 1f;
        return (exact / pairs, near / pairs, (longest + 1f) / order.Length);
    }

    /// <summary>
    /// Whether concept <paramref name="b"/> occurs exactly <paramref name="gap"/> words after <paramref name="a"/>, and
    /// whether within <see cref="NearSlack"/> more. The occurrences are in text order and a question's later concept never
    /// stands before its earlier one (<paramref name="gap"/> is at least 0), so only those up to that far after each
    /// <paramref name="a"/> can count: the same answer as comparing every occurrence with every other.
    /// </summary>
    internal static (bool Exact, bool Near) Pair(ReadOnlySpan<(int Position, int Concept)> span, int a, int b, int gap)
    {
        var (isExact, isNear) = (false, false);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].Concept != a)
            {
                continue;
            }

            var pa = span[i].Position;
            for (var j = i + 1; j < span.Length && span[j].Position - pa <= gap + NearSlack; j++)
            {
                if (span[j].Concept == b && span[j].Position > pa)
                {
                    isExact |= span[j].Position - pa == gap;
                    isNear = true;
                }
            }

            if (isExact)
            {
                return (true, true);
            }
        }

        return (isExact, isNear);
    }

    /// <summary>Distinct concepts over the width of the smallest window of words that holds all of them.</summary>
    private static float Density(ReadOnlySpan<(int Position, int Concept)> span, int distinct, int concepts)
    {
        if (distinct <= 1)
        {
            return distinct;
        }

        // Concepts are bits of a 64-bit mask, so a count per concept fits on the stack.
        Span<int> counts = stackalloc int[concepts];
        counts.Clear();
        var present = 0;
        var width = int.MaxValue;
        var left = 0;
        for (var right = 0; right < span.Length; right++)
        {
            present += counts[span[right].Concept]++ == 0 ? 1 : 0;
            while (present == distinct)
            {
                width = Math.Min(width, span[right].Position - span[left].Position + 1);
                present -= --counts[span[left].Concept] == 0 ? 1 : 0;
                left++;
            }
        }

        return width == int.MaxValue ? 0 : distinct / (float)width;
    }
}
