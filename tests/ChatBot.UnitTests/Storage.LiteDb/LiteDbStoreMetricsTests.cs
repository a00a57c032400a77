using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>Every LiteDB store call is counted and timed per store and outcome (through StorageGuard).</summary>
public sealed class LiteDbStoreMetricsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-metrics-").FullName;
    private readonly StoreOperations operations = new();
    private readonly ChatBotDatabase database;

    public LiteDbStoreMetricsTests() => database = Open("chatbot.db");

    [Fact]
    public async Task AStoreCall_IsCountedAsOk_UnderItsStore_AndTimed()
    {
        var card = StoredRecords.Card(1);
        await new LiteDbFactCardStore(database).SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", "Tester", card.CreatedAt, ["created"], card));
        await new LiteDbFactCardStore(database).ListAsync();
        await new LiteDbFeedbackStore(database).RecordAsync(new Feedback("a1", "Q?", "A.", ChatPlatform.Slack, "U1", 1, card.CreatedAt));

        Assert.Equal(2, operations.Count("fact_card", "litedb", "ok"));
        Assert.Equal(2, operations.Timed("fact_card", "litedb", "ok"));
        Assert.Equal(1, operations.Count("feedback", "litedb", "ok"));
        Assert.Equal(0, operations.Count("fact_card", "litedb", "error"));
    }

    [Fact]
    public async Task AFailedStoreCall_IsCountedAsError()
    {
        var closed = Open("closed.db");
        closed.EnsureOpened();
        closed.Dispose();

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new LiteDbFeedbackStore(closed).RecordAsync(new Feedback("a1", "Q?", "A.", ChatPlatform.Slack, "U1", 1, EveryKindOfRecord.Epoch)));

        Assert.Equal(1, operations.Count("feedback", "litedb", "error"));
        Assert.Equal(1, operations.Timed("feedback", "litedb", "error"));
        Assert.Equal(0, operations.Count("feedback", "litedb", "ok"));
    }

    [Theory]
    [InlineData("/src/ChatBot.Storage.LiteDb/LiteDbFactCardStore.cs", "LiteDb", "fact_card")]
    [InlineData(@"C:\src\ChatBot.Storage.Postgres\PostgresQuizStore.cs", "Postgres", "quiz")]
    [InlineData("/_/src/ChatBot.Storage.Postgres/PostgresModerationLog.cs", "Postgres", "moderation_log")]
    [InlineData("/src/ChatBot.Storage.LiteDb/LiteDbConsumedNonceStore.cs", "LiteDb", "consumed_nonce")]
    public void TheStore_IsNamedByTheCallersFile(string file, string prefix, string store) =>
        Assert.Equal(store, StoreMetrics.StoreOf(file, prefix));

    private ChatBotDatabase Open(string file) =>
        new(Options.Create(new StorageOptions { DatabasePath = Path.Combine(folder, file) }), NullLogger<ChatBotDatabase>.Instance, new FakeTimeProvider(EveryKindOfRecord.Epoch), operations.Meters);

    public void Dispose()
    {
        database.Dispose();
        operations.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
