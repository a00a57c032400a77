using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Host.Hosting.Admin;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>The cards in the database file this process opened (and locked) itself, checked against its own corpus.</summary>
internal sealed class LocalFactCardDesk(ServiceProvider services) : IFactCardDesk
{
    public async Task<IReadOnlyList<FactCardListing>> ListAsync(string? tag, CancellationToken cancellationToken)
    {
        await CliServices.LoadIndexAsync(services, cancellationToken);
        var corpus = services.GetRequiredService<ICorpusIndexProvider>().Current;
        var cards = await services.GetRequiredService<FactCardService>().ListAsync(tag, cancellationToken);
        return [.. cards.Select(c => FactCardListing.Of(c, corpus))];
    }

    public async Task<IReadOnlyList<FactCard>> CardsAsync(CancellationToken cancellationToken) =>
        [.. (await services.GetRequiredService<IFactCardStore>().ListAsync(cancellationToken)).Where(c => !c.IsDeleted)];

    public async Task<FactCardImportReport> ImportAsync(IReadOnlyList<FactCardImportItem> items, string by, CancellationToken cancellationToken)
    {
        await CliServices.LoadIndexAsync(services, cancellationToken);
        return await services.GetRequiredService<FactCardImporter>().ImportAsync(items, FactCardActor.Cli(by), cancellationToken);
    }

    public void Dispose() => services.Dispose();
}
