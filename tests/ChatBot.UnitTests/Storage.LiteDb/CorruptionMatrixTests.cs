using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>
/// The corruption matrix: a database that held data, damaged on disk, is recognised when it is opened — never
/// re-created, never written — with a one-line reason and what to do, and every store degrades instead of failing.
/// </summary>
public sealed class CorruptionMatrixTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private readonly TempDatabase temp = new();

    [Theory]
    [InlineData(DatabaseDamage.Emptied, "the database file is empty (0 bytes); it held answers 120, factcard_revisions 60, factcards 60, feedback 60 on 2026-01-01 00:00 UTC")]
    [InlineData(DatabaseDamage.Deleted, "the database file is missing; it held")]
    [InlineData(DatabaseDamage.Cut5000, "the file is cut short: 5,000 bytes is not a whole number of 8 KB pages")]
    [InlineData(DatabaseDamage.CutHalf, "the file is cut short")]
    [InlineData(DatabaseDamage.ZeroedTail, "reading it failed (")]
    [InlineData(DatabaseDamage.Flipped, "reading it failed (")]
    public async Task ADamagedDatabase_IsNeitherRecreatedNorWritten_AndEveryStoreDegrades(string damage, string reason)
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, damage);
        var before = DatabaseDamage.Snapshot(temp.Folder);

        using (var database = temp.Open())
        {
            var status = database.EnsureOpened();
            Assert.Equal(DatabaseState.Damaged, status.State);
            Assert.Null(database.Database);
            Assert.StartsWith(reason, status.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(temp.Folder, status.Reason + status.Action, StringComparison.Ordinal);
            Assert.Contains("chatbot db restore", status.Action, StringComparison.Ordinal);
            Assert.Contains(temp.Path, status.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', status.Problem!);
            await AssertEveryStoreDegradesAsync(database);
        }

        Assert.Equal(before, DatabaseDamage.Snapshot(temp.Folder));
    }

    [Fact]
    public void ADamagedDatabase_IsLoggedOnceAsAnError_SayingWhatToDo()
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, DatabaseDamage.ZeroedTail);
        using var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));

        using (var database = new ChatBotDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = temp.Path }), factory.CreateLogger<ChatBotDatabase>(), temp.Time))
        {
            database.EnsureOpened();
            _ = database.Database;
        }

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains($"database {temp.Path} is damaged: reading it failed", entry.Text, StringComparison.Ordinal);
        Assert.Contains("`chatbot db restore <backup>`", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUndamagedTemplate_Opens_WithEveryRecord()
    {
        template.CopyTo(temp.Path);

        using var database = temp.Open();

        Assert.Equal(DatabaseState.Open, database.EnsureOpened().State);
        Assert.Equal(StoredRecords.Cards, (await new LiteDbFactCardStore(database).ListAsync()).Count);
    }

    [Fact]
    public void FewerKeptRecordsThanTheManifestRecorded_IsDamage()
    {
        template.CopyTo(temp.Path);
        using (var raw = new LiteDB.LiteDatabase(temp.Path))
        {
            raw.GetCollection("factcards").DeleteAll();
        }

        using var database = temp.Open();

        Assert.Equal(DatabaseState.Damaged, database.EnsureOpened().State);
        Assert.Equal("'factcards' holds 0 records, 60 on 2026-01-01 00:00 UTC: records the bot never deletes are gone", database.Status.Reason);
    }

    [Fact]
    public async Task ANewDatabase_IsCreated_WhenNoManifestSaysOneHeldData()
    {
        using (var database = temp.Open())
        {
            Assert.Equal(DatabaseState.Open, database.EnsureOpened().State);
            await StoredRecords.WriteAsync(database, count: 3);
        }

        Assert.Contains("\"factcards\": 3", File.ReadAllText(temp.Path + ".manifest.json"), StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private async Task AssertEveryStoreDegradesAsync(ChatBotDatabase database)
    {
        var cache = temp.Cache(database);
        var key = AnswerCacheKey.For("q", "fp");
        await cache.SetAsync(key, new AnswerResult("q", AnswerStatus.NotFound, "No.", [], [], false, 0));
        Assert.Null(await temp.Cache(database).GetAsync(key));

        var cards = new LiteDbFactCardStore(database);
        var card = StoredRecords.Card(999);
        var saved = await cards.SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", null, card.CreatedAt, [], card));
        Assert.Equal(FactCardSaveOutcome.Unavailable, saved.Outcome);
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await cards.ListAsync());

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new LiteDbFeedbackStore(database).RecordAsync(new Feedback("a", "q", "a", ChatPlatform.Slack, "U1", 1, temp.Time.GetUtcNow())));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new LiteDbModerationLog(database).RecordAsync(new ModerationEntry(temp.Time.GetUtcNow(), ChatPlatform.Slack, "U1", "factcard create", "s", "saved")));
        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await new LiteDbQuizStore(database).SaveAsync(null!));
        Assert.Empty(await new LiteDbModerationLog(database).ListAsync(10));
        Assert.Equal(QuizAnswerOutcome.Unavailable, (await new LiteDbQuizStore(database).AnswerAsync(null!, null!)).Outcome);
        var seen = new LiteDbSeenEventStore(database, new FakeTimeProvider());
        Assert.True(await seen.TryMarkSeenAsync("event-1"));
        Assert.False(await seen.TryMarkSeenAsync("event-1"));
    }
}
