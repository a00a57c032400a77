using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;
using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRecordRetentionTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private PostgresDatabase database = null!;

    public async Task InitializeAsync() => database = new PostgresDatabase(postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync()));

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Prune_DeletesAnswersPastTheirRetention_AndConversationsPastTheirLifetime_KeepingTheRest()
    {
        var retention = new PostgresRecordRetention(database, Options.Create(new PostgresOptions { AnswerRetention = TimeSpan.FromDays(90) }), time, NullLogger<PostgresRecordRetention>.Instance);
        var old = Answer("An old question?");
        await new PostgresAnswerArchive(database, time).SaveAsync(old);
        await new PostgresConversationStore(database, time).RememberAsync("c-old", new ConversationTurn("An old question?", time.GetUtcNow()));
        time.Advance(TimeSpan.FromDays(91));
        var fresh = Answer("A new question?");
        await new PostgresAnswerArchive(database, time).SaveAsync(fresh);
        await new PostgresConversationStore(database, time).RememberAsync("c-new", new ConversationTurn("A new question?", time.GetUtcNow()));

        var pruned = await retention.PruneNowAsync();

        Assert.Equal(2, pruned);
        var archive = new PostgresAnswerArchive(database, time);
        Assert.Null(await archive.GetAsync(Core.Storage.AnswerIds.For(old)));
        Assert.NotNull(await archive.GetAsync(Core.Storage.AnswerIds.For(fresh)));
        Assert.Equal(0, await retention.PruneNowAsync());
    }

    [Fact]
    public async Task Prune_WithPostgresDown_ReportsNothingDone()
    {
        await using var nowhere = new PostgresDatabase($"Host=127.0.0.1;Port={RedisServer.FreePort()};Username=postgres;Database=none;Timeout=2");

        Assert.Null(await new PostgresRecordRetention(nowhere, Options.Create(new PostgresOptions()), time, NullLogger<PostgresRecordRetention>.Instance).PruneNowAsync());
    }

    private static AnswerResult Answer(string question) => new(question, AnswerStatus.NotFound, $"Not covered: {question}", [], [], false, 0);
}
