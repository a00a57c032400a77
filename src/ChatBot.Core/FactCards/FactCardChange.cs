namespace ChatBot.Core.FactCards;

/// <summary>
/// The result of a change: the card as stored after it (for a conflict or duplicate, the card in the way), and
/// the problems when the content was refused.
/// </summary>
public sealed record FactCardChange(FactCardOutcome Outcome, FactCard? Card = null, IReadOnlyList<FactCardProblem>? Problems = null)
{
    public IReadOnlyList<FactCardProblem> AllProblems => Problems ?? [];
}
