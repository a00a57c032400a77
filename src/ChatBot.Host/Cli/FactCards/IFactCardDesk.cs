using ChatBot.Core.FactCards;
using ChatBot.Host.Hosting.Admin;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>Where `chatbot factcards` reads and changes cards: the database file itself, or the running host that holds it.</summary>
internal interface IFactCardDesk : IDisposable
{
    /// <summary>Cards that are not deleted (with the tag, if given), by slug, each checked against the corpus.</summary>
    Task<IReadOnlyList<FactCardListing>> ListAsync(string? tag, CancellationToken cancellationToken);

    /// <summary>Cards that are not deleted, by slug, as stored (no corpus needed).</summary>
    Task<IReadOnlyList<FactCard>> CardsAsync(CancellationToken cancellationToken);

    /// <summary>The all-or-nothing import of <see cref="FactCardImporter"/>.</summary>
    Task<FactCardImportReport> ImportAsync(IReadOnlyList<FactCardImportItem> items, string by, CancellationToken cancellationToken);
}
