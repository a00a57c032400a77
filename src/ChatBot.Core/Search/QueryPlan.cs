using ChatBot.Core.Questions;

namespace ChatBot.Core.Search;

/// <summary>A query analysed against one index: its concepts and what kind of answer it wants.</summary>
public sealed record QueryPlan(string Query, IReadOnlyList<QueryConcept> Concepts, QuestionKind Kind)
{
    /// <summary>Specificity above which a name typed in the question is an anchor the answer must mention.</summary>
    public const float AnchorWeight = 1.2f;

    /// <summary>
    /// "Did Kim apologise?": a yes/no question hinges on every word it asks about, so a word the corpus never uses
    /// means the corpus cannot confirm it.
    /// </summary>
    public bool IsYesNo { get; init; }

    /// <summary>For "how many X" questions, the index of concept X: the thing being counted.</summary>
    public int? Focus { get; init; }

    /// <summary>For "how many X …" questions: X is a word the corpus never uses, so no number in it can count X.</summary>
    public bool CountsUnknownThing { get; init; }

    /// <summary>
    /// For "how many X did Y do" questions: bit per specific concept after X (the predicate, "come home",
    /// "kidnapped"). The sentence giving the number must hold them, or the number counts something else.
    /// </summary>
    public ulong CountPredicate { get; init; }

    /// <summary>
    /// Bit per concept that is a specific name the question asks about ("Hasuike", "Choi"): typed as a name,
    /// in the corpus, and not so common that it says nothing (unlike "Japan"). Evidence must mention them.
    /// </summary>
    public ulong Anchors
    {
        get
        {
            var mask = 0UL;
            for (var c = 0; c < Concepts.Count && c < 64; c++)
            {
                if (Concepts[c].IsName && Concepts[c].IsKnown && Concepts[c].Weight >= AnchorWeight && !char.IsAsciiDigit(Concepts[c].Text[0]))
                {
                    mask |= 1UL << c;
                }
            }

            return mask;
        }
    }

    public float TotalWeight => Concepts.Sum(c => c.Weight);

    /// <summary>
    /// Weights for judging how much of the question some evidence covers: the concepts' weights clamped to a band,
    /// because in a small corpus idf is a noisy judge of importance (a common word used once looks as specific as a
    /// name). Ranking keeps the unclamped weights.
    /// </summary>
    public float[] EvidenceWeights => [.. Concepts.Select(c => Math.Clamp(c.Weight, MinEvidenceWeight, MaxEvidenceWeight))];

    public const float MinEvidenceWeight = 0.5f;
    public const float MaxEvidenceWeight = 1.8f;

    public IEnumerable<QueryConcept> UnknownConcepts => Concepts.Where(c => !c.IsKnown);
}
