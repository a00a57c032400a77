using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;
using Npgsql;

namespace ChatBot.UnitTests.Storage.Postgres;

/// <summary>What only PostgreSQL can show: a transaction that fails halfway in the server leaves nothing behind.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFactCardStoreTests(PostgresFixture postgres) : IAsyncLifetime
{
    private PostgresDatabase database = null!;

    public async Task InitializeAsync() => database = new PostgresDatabase(postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync()));

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task SaveAll_FailingInTheServerHalfway_WritesNoCardNoRevisionAndNoLogEntry()
    {
        // A stray revision row makes the second card's revision insert fail (primary key) after the first card is written.
        var (first, second) = (StoredRecords.Card(1), StoredRecords.Card(2));
        await ExecuteAsync($"INSERT INTO fact_card_revisions (slug, version, action, by_actor, at, revision) VALUES ('{second.Slug}', 1, 'Created', 'x', now(), '{{}}')");
        var store = new PostgresFactCardStore(database);
        var log = new ModerationEntry(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ChatPlatform.Cli, "importer", "factcard import", "cards", "saved");

        var result = await store.SaveAllAsync([Write(first), Write(second)], [log]);

        Assert.Equal(FactCardSaveOutcome.Unavailable, result.Outcome);
        Assert.Empty(await store.ListAsync());
        Assert.Empty(await store.HistoryAsync(first.Slug));
        Assert.Empty(await new PostgresModerationLog(database).ListAsync(10));
    }

    [Fact]
    public async Task Read_WithPostgresDown_SaysSoInOneLine_NamingWhatCouldNotBeDone()
    {
        await using var nowhere = new PostgresDatabase($"Host=127.0.0.1;Port={RedisServer.FreePort()};Username=postgres;Database=none;Timeout=2");

        var failed = await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new PostgresFactCardStore(nowhere).ListAsync());

        Assert.StartsWith("fact cards could not be read: PostgreSQL is unavailable (", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Message);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static FactCardWrite Write(FactCard card) => new(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Imported, "cli:test", null, card.UpdatedAt, ["imported"], card));
}
