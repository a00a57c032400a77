using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using LiteDB;

namespace ChatBot.UnitTests.Storage;

/// <summary>
/// Damage found while the database is in use (a flipped byte inside a stored record that the check at open could not
/// see yet): the failure never escapes a store, the database stops being used at once, and nothing more is written.
/// </summary>
public sealed class RuntimeDamageTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public async Task ARecordWhoseJsonNoLongerParses_StopsTheDatabase_AndNoCardIsWrittenAfter()
    {
        var database = temp.Open();
        await StoredRecords.WriteAsync(database, count: 3);
        var cards = new LiteDbFactCardStore(database);
        var stored = database.Database!.GetCollection("factcards").FindById("card-1");
        stored["Json"] = stored["Json"].AsString.Replace("\"slug\":", "\"slug\"", StringComparison.Ordinal);
        database.Database.GetCollection("factcards").Update(stored);

        var read = await Assert.ThrowsAsync<StorageUnavailableException>(async () => await cards.ListAsync());

        Assert.Contains("is damaged: reading stored data failed while in use (JsonException", read.Message, StringComparison.Ordinal);
        Assert.Equal(DatabaseState.Damaged, database.Status.State);
        Assert.Null(database.Database);
        var card = StoredRecords.Card(100);
        var save = await cards.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", null, card.CreatedAt, [], card));
        Assert.Equal(FactCardSaveOutcome.Unavailable, save.Outcome);
        database.Dispose();
    }

    [Fact]
    public async Task ADamagedDatabase_IsNotCheckpointedIntoAtShutdown()
    {
        var database = temp.Open();
        await StoredRecords.WriteAsync(database, count: 3);
        var before = DatabaseDamage.Hash(temp.Path);
        database.ReportFailure(new LiteException(LiteException.INVALID_DATAFILE_STATE, "page type must be data page"));

        database.Dispose();

        Assert.Equal(before, DatabaseDamage.Hash(temp.Path));
    }

    [Fact]
    public void PassingTrouble_DoesNotStopTheDatabase()
    {
        using var database = temp.Open();
        database.EnsureOpened();

        database.ReportFailure(new LiteException(LiteException.LOCK_TIMEOUT, "timeout"));
        database.ReportFailure(new IOException("No space left on device"));

        Assert.Equal(DatabaseState.Open, database.Status.State);
        Assert.NotNull(database.Database);
    }

    public void Dispose() => temp.Dispose();
}
