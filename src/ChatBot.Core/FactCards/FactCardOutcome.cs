namespace ChatBot.Core.FactCards;

/// <summary>How a create, edit, delete or import ended.</summary>
public enum FactCardOutcome
{
    Saved = 0,

    /// <summary>The content is the same as the stored card's: nothing to save.</summary>
    Unchanged = 1,

    /// <summary>The card breaks a rule (see the problems); nothing was saved.</summary>
    Invalid = 2,
    Duplicate = 3,
    Conflict = 4,
    NotFound = 5,
    Unavailable = 6,
}
