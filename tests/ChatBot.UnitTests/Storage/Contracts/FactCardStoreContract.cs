using System.Text.Json;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>What every <see cref="IFactCardStore"/> does, whichever database holds the cards.</summary>
public abstract class FactCardStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task Save_StoresTheCardAndItsRevision_ReadBackUnchanged()
    {
        var card = StoredRecords.Card(1);

        var result = await Stores.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created));

        Assert.Equal(FactCardSaveOutcome.Saved, result.Outcome);
        Assert.Equal(Json(card), Json(await Stores.FactCards.GetAsync(card.Slug)));
        var revision = Assert.Single(await Stores.FactCards.HistoryAsync(card.Slug));
        Assert.Equal(Json(Revision(card, FactCardAction.Created)), Json(revision));
        Assert.Null(await Stores.FactCards.GetAsync("never-used"));
    }

    [Fact]
    public async Task List_HasEveryCard_DeletedOnesToo_OrderedBySlugOrdinally()
    {
        foreach (var slug in new[] { "b-card", "a-card", "a-card-2" })
        {
            var card = StoredRecords.Card(1) with { Slug = slug, IsDeleted = slug == "a-card" };
            await Stores.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created));
        }

        Assert.Equal(["a-card", "a-card-2", "b-card"], (await Stores.FactCards.ListAsync()).Select(c => c.Slug));
    }

    [Fact]
    public async Task Save_RefusesADuplicate_AMissingCard_AndAStaleVersion_WithTheCardInTheWay()
    {
        var card = StoredRecords.Card(1);
        await Stores.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created));
        var edited = card with { Version = 2, Content = card.Content with { Title = "Edited" } };
        await Stores.FactCards.SaveAsync(edited, 1, Revision(edited, FactCardAction.Edited));

        var duplicate = await Stores.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created));
        var missing = await Stores.FactCards.SaveAsync(StoredRecords.Card(2) with { Version = 2 }, 1, Revision(StoredRecords.Card(2) with { Version = 2 }, FactCardAction.Edited));
        var stale = await Stores.FactCards.SaveAsync(card with { Version = 2 }, 1, Revision(card with { Version = 2 }, FactCardAction.Edited));

        Assert.Equal((FactCardSaveOutcome.Duplicate, "Edited"), (duplicate.Outcome, duplicate.Current?.Content.Title));
        Assert.Equal((FactCardSaveOutcome.Missing, (FactCard?)null), (missing.Outcome, missing.Current));
        Assert.Equal((FactCardSaveOutcome.Conflict, 2), (stale.Outcome, stale.Current?.Version));
        Assert.Equal([1, 2], (await Stores.FactCards.HistoryAsync(card.Slug)).Select(r => r.Version));
        Assert.Null(await Stores.FactCards.GetAsync(StoredRecords.Card(2).Slug));
    }

    [Fact]
    public async Task Save_OfOneVersionFromTwoReplicasAtOnce_ExactlyOneWins()
    {
        var card = StoredRecords.Card(1);
        await Stores.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created));
        var other = await Provider.OpenAsync();

        var saves = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            var edit = card with { Version = 2, Content = card.Content with { Title = $"Edit {i}" } };
            return await (i % 2 == 0 ? Stores : other).FactCards.SaveAsync(edit, 1, Revision(edit, FactCardAction.Edited));
        })));

        Assert.Single(saves, s => s.Outcome == FactCardSaveOutcome.Saved);
        Assert.Equal(11, saves.Count(s => s.Outcome == FactCardSaveOutcome.Conflict));
        Assert.Equal([1, 2], (await other.FactCards.HistoryAsync(card.Slug)).Select(r => r.Version));
    }

    [Fact]
    public async Task SaveAll_WritesCardsAndLogEntriesTogether_OrNothingWhenOneIsRefused()
    {
        var taken = StoredRecords.Card(9);
        await Stores.FactCards.SaveAsync(taken, 0, Revision(taken, FactCardAction.Created));
        var log = new ModerationEntry(Provider.Time.GetUtcNow(), ChatPlatform.Cli, "importer", "factcard import", "cards", "saved");

        var refused = await Stores.FactCards.SaveAllAsync([Write(StoredRecords.Card(1)), Write(taken), Write(StoredRecords.Card(2))], [log]);

        Assert.Equal((FactCardSaveOutcome.Duplicate, taken.Slug), (refused.Outcome, refused.Current?.Slug));
        Assert.Equal([taken.Slug], (await Stores.FactCards.ListAsync()).Select(c => c.Slug));
        Assert.Empty(await Stores.ModerationLog.ListAsync(10));

        var saved = await Stores.FactCards.SaveAllAsync([Write(StoredRecords.Card(1)), Write(StoredRecords.Card(2))], [log]);

        Assert.Equal(FactCardSaveOutcome.Saved, saved.Outcome);
        Assert.Equal(3, (await Stores.FactCards.ListAsync()).Count);
        Assert.Equal("factcard import", Assert.Single(await Stores.ModerationLog.ListAsync(10)).Action);
    }

    [Fact]
    public async Task WithoutItsDatabase_ReadsThrowAndSavesReportUnavailable_NeverAFalseNoSuchCard()
    {
        var broken = Provider.OpenUnavailable();
        var card = StoredRecords.Card(1);

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.FactCards.GetAsync(card.Slug));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.FactCards.ListAsync());
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.FactCards.HistoryAsync(card.Slug));
        Assert.Equal(FactCardSaveOutcome.Unavailable, (await broken.FactCards.SaveAsync(card, 0, Revision(card, FactCardAction.Created))).Outcome);
        Assert.Equal(FactCardSaveOutcome.Unavailable, (await broken.FactCards.SaveAllAsync([Write(card)], [])).Outcome);
    }

    private static FactCardWrite Write(FactCard card) => new(card, 0, Revision(card, FactCardAction.Imported));

    private static FactCardRevision Revision(FactCard card, FactCardAction action) =>
        new(card.Slug, card.Version, action, "test:1", "Tester", card.UpdatedAt, [$"{action}"], card);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
