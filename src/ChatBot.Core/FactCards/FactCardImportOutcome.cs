namespace ChatBot.Core.FactCards;

/// <summary>What an import did with one card.</summary>
public enum FactCardImportOutcome
{
    Imported = 0,
    Unchanged = 1,

    /// <summary>The card breaks a rule; so nothing in the file was imported.</summary>
    Rejected = 2,

    /// <summary>The card was fine, but the import as a whole was not made (another card was rejected, or the save failed).</summary>
    NotImported = 3,
}
