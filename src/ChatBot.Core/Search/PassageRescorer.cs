using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>
/// Second-stage signals for one passage, from its word positions:
/// <list type="bullet">
/// <item>proximity — for each pair of query concepts, the weaker one's weight over their smallest distance in
/// words, doubled when they appear in the query's order and spacing;</item>
/// <item>best sentence — the largest share of the query's weight that a single sentence covers, raised when that
/// sentence holds the kind of fact the question wants (a date for "when").</item>
/// </list>
/// </summary>
internal static class PassageRescorer
{
    public static (float Proximity, float BestSentence) Score(InvertedIndex index, int passage, IReadOnlyList<QueryConcept> concepts, float total, AnswerFeatures wanted, SearchOptions options)
    {
        var occurrences = Occurrences(index, passage, concepts);
        return (Proximity(occurrences, concepts, options.ProximityWindow), BestSentence(index, passage, occurrences, concepts, total, wanted, options.AnswerTypeBonus));
    }

    private static List<int>?[] Occurrences(InvertedIndex index, int passage, IReadOnlyList<QueryConcept> concepts)
    {
        var terms = index.PassageTerms(passage);
        var positions = index.PassagePositions(passage);
        var occurrences = new List<int>?[concepts.Count];
        for (var t = 0; t < terms.Length; t++)
        {
            for (var c = 0; c < concepts.Count; c++)
            {
                if (Matches(concepts[c], terms[t]))
                {
                    (occurrences[c] ??= []).Add(positions[t]);
                }
            }
        }

        return occurrences;
    }

    private static float BestSentence(InvertedIndex index, int passage, List<int>?[] occurrences, IReadOnlyList<QueryConcept> concepts, float total, AnswerFeatures wanted, float bonus)
    {
        var starts = index.SentenceStarts(passage);
        var features = index.SentenceFeatures(passage);
        Span<ulong> masks = stackalloc ulong[Math.Min(starts.Length, 64)];
        for (var c = 0; c < occurrences.Length && c < 64; c++)
        {
            foreach (var position in occurrences[c] ?? [])
            {
                masks[Math.Min(SentenceOf(starts, position), masks.Length - 1)] |= 1UL << c;
            }
        }

        var best = 0f;
        for (var s = 0; s < masks.Length; s++)
        {
            var score = Searcher.Coverage(masks[s], concepts, total);
            if (wanted != AnswerFeatures.None && (features[s] & wanted) != 0)
            {
                score *= 1 + bonus;
            }

            best = MathF.Max(best, score);
        }

        return best;
    }

    private static int SentenceOf(ReadOnlySpan<int> starts, int position)
    {
        var sentence = 0;
        while (sentence + 1 < starts.Length && starts[sentence + 1] <= position)
        {
            sentence++;
        }

        return sentence;
    }

    private static float Proximity(List<int>?[] occurrences, IReadOnlyList<QueryConcept> concepts, int window)
    {
        var bonus = 0f;
        for (var i = 0; i < concepts.Count; i++)
        {
            for (var j = i + 1; j < concepts.Count && occurrences[i] is not null; j++)
            {
                if (occurrences[j] is null)
                {
                    continue;
                }

                var (distance, inOrder) = Closest(occurrences[i]!, occurrences[j]!, concepts[j].Position - concepts[i].Position);
                if (distance > 0 && distance <= window)
                {
                    var pair = Math.Min(concepts[i].Weight, concepts[j].Weight) / distance;
                    bonus += inOrder ? 2 * pair : pair;
                }
            }
        }

        return bonus;
    }

    private static bool Matches(QueryConcept concept, int term)
    {
        foreach (var alternative in concept.Alternatives)
        {
            if (alternative.TermId == term)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Distance, bool InOrder) Closest(List<int> first, List<int> second, int queryGap)
    {
        var best = int.MaxValue;
        var inOrder = false;
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                var d = Math.Abs(b - a);
                if (d != 0 && (d < best || (d == best && b - a == queryGap)))
                {
                    best = d;
                    inOrder = b - a == queryGap;
                }
            }
        }

        return (best == int.MaxValue ? 0 : best, inOrder);
    }
}
