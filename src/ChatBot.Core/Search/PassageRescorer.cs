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
        var occurrences = ConceptOccurrences.Find(index, passage, concepts);
        var coverage = ConceptOccurrences.Sentences(index, passage, occurrences, [.. concepts.Select(c => c.Weight)]);
        var features = index.SentenceFeatures(passage);
        var best = 0f;
        for (var s = 0; s < coverage.Count; s++)
        {
            var score = coverage.Of(s);
            if (wanted != AnswerFeatures.None && (features[s] & wanted) != 0)
            {
                score *= 1 + options.AnswerTypeBonus;
            }

            best = MathF.Max(best, score);
        }

        return (Proximity(occurrences, concepts, options.ProximityWindow), best);
    }

    private static float Proximity(List<(int Position, float Quality)>?[] occurrences, IReadOnlyList<QueryConcept> concepts, int window)
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

    private static (int Distance, bool InOrder) Closest(List<(int Position, float Quality)> first, List<(int Position, float Quality)> second, int queryGap)
    {
        var best = int.MaxValue;
        var inOrder = false;
        foreach (var (a, _) in first)
        {
            foreach (var (b, _) in second)
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
