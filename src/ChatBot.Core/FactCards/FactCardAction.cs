namespace ChatBot.Core.FactCards;

/// <summary>What a revision did to a card.</summary>
public enum FactCardAction
{
    Created = 0,
    Edited = 1,
    Deleted = 2,
    Restored = 3,
    Flagged = 4,
    Imported = 5,
}
