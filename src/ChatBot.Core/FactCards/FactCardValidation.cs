namespace ChatBot.Core.FactCards;

/// <summary>A card's content as it will be saved (sources filled in, text tidied) and what stops it being saved.</summary>
public sealed record FactCardValidation(FactCardContent Content, IReadOnlyList<FactCardProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
