namespace ChatBot.Core.Checking;

/// <summary>The concrete, checkable things a claim and a quoted sentence can differ on.</summary>
public enum DifferenceKind
{
    Date = 0,
    Number = 1,
    Name = 2,
    Negation = 3,
}
