namespace ChatBot.Core.FactCards;

public enum FactCardSaveOutcome
{
    Saved = 0,

    /// <summary>A card with that slug exists (creating).</summary>
    Duplicate = 1,

    /// <summary>The card changed since the version the save was based on; nothing was written.</summary>
    Conflict = 2,

    /// <summary>No card with that slug (editing).</summary>
    Missing = 3,

    /// <summary>The database cannot be used right now; nothing was written.</summary>
    Unavailable = 4,
}
