using ChatBot.Core.Questions;
using ChatBot.Core.Search;

namespace ChatBot.Core.Answers;

/// <summary>
/// Chooses the sentences of an answer: the best one; if it lacks the kind of fact asked for (a date for "when"),
/// the best sentence that has it, preferring its neighbours; then sentences that cover parts of the question the
/// chosen ones miss, while the word budget lasts. Returned in reading order.
/// </summary>
internal static class SentenceSelector
{
    private const float MinGain = 0.2f;
    private const float MinSupportCoverage = 0.35f;

    /// <summary>Sentences covering this much of the question are strong evidence; the sentence next to one is its context.</summary>
    private const float StrongCoverage = 0.75f;

    /// <summary>
    /// A sentence holding the asked-for fact (a date) right next to strong evidence usually states that evidence's
    /// fact ("This was until the summit … on September 17, 2002" beside the admission), even when it shares few words.
    /// </summary>
    private const float ContextBonus = 0.5f;

    public static List<EvidenceSentence> Select(List<EvidenceSentence> evidence, QueryPlan plan, AnswerEngineOptions options)
    {
        var primary = evidence[0];
        var chosen = new List<EvidenceSentence> { primary };
        var wanted = AnswerFeatureDetector.Required(plan.Kind);
        if (wanted != AnswerFeatures.None && !primary.Has(wanted))
        {
            var strong = evidence.Where(e => e.Coverage >= StrongCoverage).ToList();
            var typed = evidence
                .Where(e => e != primary && e.Has(wanted) && (e.IsNextTo(primary) || e.Coverage >= MinSupportCoverage || strong.Any(e.IsNextTo)))
                .OrderByDescending(e => e.Score + (e.IsNextTo(primary) ? 0.3f : 0f) + (strong.Any(e.IsNextTo) ? ContextBonus : 0f) + e.DatePrecisionBonus)
                .FirstOrDefault();
            if (typed is not null)
            {
                chosen.Add(typed);
            }
        }

        var covered = chosen.Aggregate(0UL, (mask, e) => mask | e.Mask);
        var weights = plan.EvidenceWeights;
        var words = chosen.Sum(e => SentenceTrimmer.CountWords(e.Text));
        foreach (var candidate in evidence.Skip(1))
        {
            if (chosen.Count >= options.MaxSentences || words >= options.WordBudget)
            {
                break;
            }

            var gain = Share(candidate.Mask & ~covered, weights);
            var length = SentenceTrimmer.CountWords(candidate.Text);
            if (!chosen.Contains(candidate) && gain >= MinGain && candidate.Coverage >= MinSupportCoverage && words + length <= options.WordBudget * 1.3)
            {
                chosen.Add(candidate);
                covered |= candidate.Mask;
                words += length;
            }
        }

        return ReadingOrder(chosen, primary);
    }

    private static float Share(ulong mask, float[] weights)
    {
        var sum = 0f;
        for (var c = 0; c < weights.Length && c < 64; c++)
        {
            sum += (mask & (1UL << c)) != 0 ? weights[c] : 0;
        }

        var total = weights.Sum();
        return total <= 0 ? 0 : sum / total;
    }

    /// <summary>The primary sentence's passage first; within a passage, text order.</summary>
    private static List<EvidenceSentence> ReadingOrder(List<EvidenceSentence> chosen, EvidenceSentence primary) =>
        [.. chosen
            .GroupBy(e => e.Hit.Passage.Ordinal)
            .OrderBy(g => g.Key == primary.Hit.Passage.Ordinal ? 0 : 1)
            .ThenBy(g => g.Min(e => e.Hit.Rank))
            .SelectMany(g => g.OrderBy(e => e.SentenceIndex))];
}
