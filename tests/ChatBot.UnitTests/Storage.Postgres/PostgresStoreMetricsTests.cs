using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;

namespace ChatBot.UnitTests.Storage.Postgres;

/// <summary>Every PostgreSQL store call is counted and timed per store and outcome (through PostgresFailures).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreMetricsTests(PostgresFixture postgres) : IDisposable
{
    private readonly StoreOperations operations = new();

    [Fact]
    public async Task AStoreCall_IsCountedAsOk_UnderItsStore_AndTimed()
    {
        await using var database = new PostgresDatabase(postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync()), operations.Meters);
        var card = StoredRecords.Card(1);

        var saved = await new PostgresFactCardStore(database).SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", "Tester", card.CreatedAt, ["created"], card));
        await new PostgresFactCardStore(database).ListAsync();
        await new PostgresModerationLog(database).RecordAsync(new ModerationEntry(card.CreatedAt, ChatPlatform.Slack, "U1", "factcard create", card.Slug, "saved"));

        Assert.Equal(FactCardSaveOutcome.Saved, saved.Outcome);
        Assert.Equal(2, operations.Count("fact_card", "postgres", "ok"));
        Assert.Equal(2, operations.Timed("fact_card", "postgres", "ok"));
        Assert.Equal(1, operations.Count("moderation_log", "postgres", "ok"));
        Assert.Equal(0, operations.Count("fact_card", "postgres", "error"));
    }

    [Fact]
    public async Task AFailedStoreCall_IsCountedAsError()
    {
        await using var database = new PostgresDatabase($"Host=127.0.0.1;Port={RedisServer.FreePort()};Username=postgres;Database=none;Timeout=2", operations.Meters);

        Assert.Empty(await new PostgresModerationLog(database).ListAsync(10));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new PostgresFeedbackStore(database).RecordAsync(new Feedback("a1", "Q?", "A.", ChatPlatform.Slack, "U1", 1, DateTimeOffset.UnixEpoch)));

        Assert.Equal(1, operations.Count("moderation_log", "postgres", "error"));
        Assert.Equal(1, operations.Count("feedback", "postgres", "error"));
        Assert.Equal(1, operations.Timed("feedback", "postgres", "error"));
        Assert.Equal(0, operations.Count("moderation_log", "postgres", "ok"));
    }

    public void Dispose() => operations.Dispose();
}
