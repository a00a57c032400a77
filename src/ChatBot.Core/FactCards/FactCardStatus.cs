namespace ChatBot.Core.FactCards;

/// <summary>How far a moderator vouches for a card. A card flagged for review shows that instead, whatever its status.</summary>
public enum FactCardStatus
{
    Unverified = 0,
    Verified = 1,
    Disputed = 2,
}
