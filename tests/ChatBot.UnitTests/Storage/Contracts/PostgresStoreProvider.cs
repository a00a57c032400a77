using ChatBot.Core.Answers;
using ChatBot.Storage.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>
/// PostgreSQL stores on a fresh database copied from the migrated template of the shared test server; "unavailable" is
/// a server address where nothing listens. Each <see cref="OpenAsync"/> after the first is another replica: its own
/// connection pool on the same database.
/// </summary>
public sealed class PostgresStoreProvider(PostgresFixture postgres) : IStoreProvider
{
    private readonly List<PostgresDatabase> opened = [];
    private string? name;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public async Task<Stores> OpenAsync()
    {
        name ??= await postgres.CreateDatabaseAsync();
        var database = new PostgresDatabase(postgres.Server.ConnectionString(name));
        opened.Add(database);
        return For(database);
    }

    public Stores OpenUnavailable()
    {
        var database = new PostgresDatabase($"Host=127.0.0.1;Port={RedisServer.FreePort()};Username=postgres;Database=none;Timeout=2");
        opened.Add(database);
        return For(database);
    }

    private Stores For(PostgresDatabase database)
    {
        var (archive, shared, conversations) = (new PostgresAnswerArchive(database, Time), new PostgresSharedReplyStore(database, Time), new PostgresConversationStore(database, Time));
        return new(
            new PostgresFactCardStore(database),
            new PostgresModerationLog(database),
            new PostgresFeedbackStore(database),
            new PostgresQuizStore(database),
            new PostgresPendingArticleStore(database),
            new PostgresSeenEventStore(database, Time),
            new PostgresReplayStore(database, Time),
            new PostgresConsumedNonceStore(database, Time))
        {
            Answers = new(new PostgresAnswerRecords(database, new NullAnswerCache(), archive, conversations, shared), archive, shared, conversations, new PostgresQuestionHistory(database, Time), new PostgresActivityLog(database)),
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in opened)
        {
            await database.DisposeAsync();
        }
    }
}
