namespace ChatBot.Evaluation;

/// <summary>Share of answerable questions whose answering passage is ranked first / in the top five.</summary>
public sealed record SearchMetrics(int Questions, double RecallAt1, double RecallAt5, IReadOnlyList<string> MissesAt1, IReadOnlyList<string> MissesAt5)
{
    public override string ToString() => $"recall@1 {RecallAt1:P1}, recall@5 {RecallAt5:P1} over {Questions} questions";
}
