namespace ChatBot.Core.FactCards;

/// <summary>Why a card cannot be saved: the field ("slug", "title", "fact 2", …) and a plain reason.</summary>
public sealed record FactCardProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
