using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Core.Storage.Copying;
using ChatBot.Storage.LiteDb;
using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ChatBot.UnitTests.Storage.Postgres;

/// <summary>`chatbot db copy`'s two halves: a LiteDB file filled through the real stores, read and copied, then read back through the PostgreSQL stores.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCopyTargetTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-copy-").FullName;
    private readonly FakeTimeProvider time = new(EveryKindOfRecord.Now);
    private PostgresDatabase target = null!;
    private StoreSnapshot snapshot = null!;

    private string SourcePath => Path.Combine(folder, "chatbot.db");

    public async Task InitializeAsync()
    {
        await EveryKindOfRecord.WriteAsync(SourcePath);
        snapshot = LiteDbSnapshot.Read(SourcePath, time);
        target = new PostgresDatabase(postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync()));
    }

    [Fact]
    public async Task Copy_WritesEveryRecordInForce_AndEveryCountAgrees()
    {
        var counts = await new PostgresCopyTarget(target).CopyAsync(snapshot, dryRun: false);

        Assert.Equal(EveryKindOfRecord.Copied, counts.ToDictionary(c => c.Collection, c => c.InTarget));
        Assert.All(counts, c => Assert.Equal((c.Read, c.Read), (c.Written, c.InTarget)));
        Assert.All(counts, c => Assert.True(c.Agrees));
    }

    [Fact]
    public async Task Copy_ReadsBackThroughThePostgresStores_AsTheLiteDbStoresReadIt()
    {
        await new PostgresCopyTarget(target).CopyAsync(snapshot, dryRun: false);

        using var source = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = SourcePath }), NullLogger<ChatBotDatabase>.Instance, time);
        var (lite, pg) = (Lite(source), Pg());
        Assert.Equal(Json(await lite.FactCards.ListAsync()), Json(await pg.FactCards.ListAsync()));
        Assert.Equal(Json(await lite.FactCards.HistoryAsync("card-1")), Json(await pg.FactCards.HistoryAsync("card-1")));
        Assert.Equal(2, (await pg.FactCards.HistoryAsync("card-1")).Count);
        Assert.Equal(await lite.ModerationLog.ListAsync(10), await pg.ModerationLog.ListAsync(10));
        Assert.Equal((await lite.Feedback.ListAsync("answer1")).OrderBy(f => f.UserId), (await pg.Feedback.ListAsync("answer1")).OrderBy(f => f.UserId));
        Assert.Equal(Json(await lite.Quiz.GetAsync("q2")), Json(await pg.Quiz.GetAsync("q2")));
        Assert.Equal(await lite.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 10), await pg.Quiz.LeaderboardAsync(ChatPlatform.Slack, "T1", "C1", 10));
        Assert.Equal(await lite.Quiz.WorkspaceLeaderboardAsync(ChatPlatform.Discord, null, 10), await pg.Quiz.WorkspaceLeaderboardAsync(ChatPlatform.Discord, null, 10));
        Assert.Equal(Json(await lite.PendingArticles.ListAsync(null, 10)), Json(await pg.PendingArticles.ListAsync(null, 10)));
        var answer = AnswerIds.For(EveryKindOfRecord.Answer("Who returned in 2002?"));
        Assert.Equal(Json(await lite.Answers.Archive.GetAsync(answer)), Json(await pg.Answers.Archive.GetAsync(answer)));
        var reply = ReplyJson.IdOf(ReplyJson.Write(EveryKindOfRecord.SharedReply));
        Assert.Equal(EveryKindOfRecord.SharedReply.Body, (await pg.Answers.SharedReplies.GetAsync(reply))?.Body);
        Assert.Equal(await lite.Answers.Conversations.LastAsync("Slack:T1:U1"), await pg.Answers.Conversations.LastAsync("Slack:T1:U1"));
        Assert.Equal(await lite.Answers.History.RecentAsync(ChatPlatform.Discord, null, "D1", 5), await pg.Answers.History.RecentAsync(ChatPlatform.Discord, null, "D1", 5));
        Assert.Equal(await lite.Answers.Activity.QuestionsSinceAsync(EveryKindOfRecord.Epoch, 10), await pg.Answers.Activity.QuestionsSinceAsync(EveryKindOfRecord.Epoch, 10));

        // The request guards in force still guard on PostgreSQL: a second delivery, a replay and a reused link are refused.
        Assert.False(await pg.SeenEvents.TryMarkSeenAsync("Ev-new"));
        Assert.False(await pg.Replay.TryRecordAsync("replay-new", time.GetUtcNow().AddHours(1)));
        Assert.False(await pg.Nonces.TryConsumeAsync("nonce-new", time.GetUtcNow().AddHours(1)));
        await ((IAsyncDisposable)lite.Replay).DisposeAsync();
    }

    [Fact]
    public async Task Copy_LeavesOutTheRequestGuardRecordsPastTheirTime()
    {
        await new PostgresCopyTarget(target).CopyAsync(snapshot, dryRun: false);

        Assert.Equal(["Ev-new"], await KeysAsync("SELECT event_id FROM seen_events"));
        Assert.Equal(["replay-new"], await KeysAsync("SELECT key FROM replay_records"));
        Assert.Equal(["nonce-new"], await KeysAsync("SELECT nonce FROM consumed_nonces"));
    }

    [Fact]
    public async Task Copy_Twice_GivesTheSameRowsAndCounts()
    {
        var copy = new PostgresCopyTarget(target);
        var first = await copy.CopyAsync(snapshot, dryRun: false);
        var rows = await RowCountsAsync();

        var second = await copy.CopyAsync(snapshot, dryRun: false);

        Assert.Equal(first.Select(c => (c.Collection, c.Read, c.InTarget)), second.Select(c => (c.Collection, c.Read, c.InTarget)));
        Assert.All(second, c => Assert.True(c.Agrees));
        Assert.Equal(rows, await RowCountsAsync());
        Assert.Equal(EveryKindOfRecord.Copied, rows);

        // An archived answer's id is derived from it: the one already there is the same answer and is left as it is.
        Assert.Equal(0, second.Single(c => c.Collection == "answer_archive").Written);
    }

    [Fact]
    public async Task DryRun_WritesNothing_AndCountsWhatTheTargetHolds()
    {
        var counts = await new PostgresCopyTarget(target).CopyAsync(snapshot, dryRun: true);

        Assert.All(counts, c => Assert.Equal((EveryKindOfRecord.Copied[c.Collection], 0, 0), (c.Read, c.Written, c.InTarget)));
        Assert.All((await RowCountsAsync()).Values, n => Assert.Equal(0, n));
    }

    public async Task DisposeAsync()
    {
        await target.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private Stores Lite(ChatBotDatabase db)
    {
        var (archive, shared, conversations) = (new LiteDbAnswerArchive(db, time), new LiteDbSharedReplyStore(db, time), new LiteDbConversationStore(db, time));
        var cache = new LiteDbAnswerCache(db, Options.Create(new StorageOptions()), time, NullLogger<LiteDbAnswerCache>.Instance);
        return new(new LiteDbFactCardStore(db), new LiteDbModerationLog(db), new LiteDbFeedbackStore(db), new LiteDbQuizStore(db), new LiteDbPendingArticleStore(db),
            new LiteDbSeenEventStore(db, time), new LiteDbReplayStore(db, time), new LiteDbConsumedNonceStore(db, time))
        {
            Answers = new(new LiteDbAnswerRecords(db, cache, archive, conversations, shared), archive, shared, conversations, new LiteDbQuestionHistory(db, time), new LiteDbActivityLog(db)),
        };
    }

    private Stores Pg()
    {
        var (archive, shared, conversations) = (new PostgresAnswerArchive(target, time), new PostgresSharedReplyStore(target, time), new PostgresConversationStore(target, time));
        return new(new PostgresFactCardStore(target), new PostgresModerationLog(target), new PostgresFeedbackStore(target), new PostgresQuizStore(target), new PostgresPendingArticleStore(target),
            new PostgresSeenEventStore(target, time), new PostgresReplayStore(target, time), new PostgresConsumedNonceStore(target, time))
        {
            Answers = new(new PostgresAnswerRecords(target, new NullAnswerCache(), archive, conversations, shared), archive, shared, conversations, new PostgresQuestionHistory(target, time), new PostgresActivityLog(target)),
        };
    }

    private async Task<List<string>> KeysAsync(string sql)
    {
        await using var connection = await target.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private async Task<Dictionary<string, int>> RowCountsAsync()
    {
        await using var connection = await target.OpenAsync();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in EveryKindOfRecord.Copied.Keys)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }
}
