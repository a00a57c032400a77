using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage;

/// <summary>The records every answer adds are deleted once past their time, on a schedule, on a fake clock.</summary>
public sealed class RecordRetentionTests : IDisposable
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(90);
    private readonly TempDatabase temp = new();

    [Fact]
    public void PruneNow_DeletesAnswersAndSharesPastTheRetention_AndTurnsPastTheirLifetime_KeepingTheRest()
    {
        using var database = temp.Open();
        var db = database.Database!;
        var now = temp.Time.GetUtcNow().UtcDateTime;
        db.GetCollection<ArchivedAnswer>("archive").Insert([
            new ArchivedAnswer { Id = "old", Json = "{}", At = now - Kept - TimeSpan.FromMinutes(1) },
            new ArchivedAnswer { Id = "recent", Json = "{}", At = now - Kept + TimeSpan.FromMinutes(1) }]);
        db.GetCollection<SharedReplyDocument>("shared_replies").Insert([
            new SharedReplyDocument { Id = "old", Json = "{}", At = now - TimeSpan.FromDays(100) },
            new SharedReplyDocument { Id = "recent", Json = "{}", At = now - TimeSpan.FromDays(1) }]);
        db.GetCollection<ConversationDocument>("conversations").Insert([
            new ConversationDocument { Id = "stale", Question = "q", At = now - TimeSpan.FromHours(1) },
            new ConversationDocument { Id = "live", Question = "q", At = now - TimeSpan.FromMinutes(5) }]);

        var deleted = Retention(database).PruneNow();

        Assert.Equal(3, deleted);
        Assert.Equal(["recent"], db.GetCollection<ArchivedAnswer>("archive").FindAll().Select(d => d.Id));
        Assert.Equal(["recent"], db.GetCollection<SharedReplyDocument>("shared_replies").FindAll().Select(d => d.Id));
        Assert.Equal(["live"], db.GetCollection<ConversationDocument>("conversations").FindAll().Select(d => d.Id));
    }

    [Fact]
    public async Task Serve_PrunesAnIntervalAfterStart_ThenEveryInterval()
    {
        using var database = temp.Open();
        var db = database.Database!;
        using var retention = Retention(database);
        var passes = System.Threading.Channels.Channel.CreateUnbounded<int?>();
        retention.Pruned += deleted => passes.Writer.TryWrite(deleted);
        await retention.StartAsync(CancellationToken.None);

        db.GetCollection<ArchivedAnswer>("archive").Insert(new ArchivedAnswer { Id = "a", Json = "{}", At = temp.Time.GetUtcNow().UtcDateTime });
        temp.Time.Advance(RecordRetention.Interval - TimeSpan.FromSeconds(1));
        Assert.False(passes.Reader.TryRead(out _));
        temp.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await Next(passes.Reader));

        temp.Time.Advance(Kept);
        Assert.Equal(1, await Next(passes.Reader));
        Assert.Equal(0, db.GetCollection<ArchivedAnswer>("archive").Count());
        await retention.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void PruneNow_WithoutAUsableDatabase_SaysSo_InsteadOfThrowing()
    {
        File.WriteAllText(temp.Path, "not a database, and not ours to touch");
        using var database = temp.Open();

        Assert.Null(Retention(database).PruneNow());
        Assert.Equal("not a database, and not ours to touch", File.ReadAllText(temp.Path));
    }

    [Fact]
    public void AnswerRetention_UnderADay_IsRefusedAtStartUp()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { AnswerRetention = TimeSpan.FromHours(2) });

        Assert.True(result.Failed);
        Assert.Contains("ChatBot:Storage:AnswerRetention", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private RecordRetention Retention(ChatBotDatabase database) =>
        new(database, Options.Create(new StorageOptions { AnswerRetention = Kept }), temp.Time, NullLogger<RecordRetention>.Instance);

    /// <summary>The next pass; the timeout only stops a broken schedule from hanging the run.</summary>
    private static async Task<int?> Next(System.Threading.Channels.ChannelReader<int?> passes) =>
        await passes.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
}
