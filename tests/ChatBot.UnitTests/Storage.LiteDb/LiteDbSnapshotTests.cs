using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage;

/// <summary>The read half of `chatbot db copy`: every record in force, the file never written, a file it must not use refused in one line.</summary>
public sealed class LiteDbSnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-snapshot-").FullName;
    private readonly FakeTimeProvider time = new(EveryKindOfRecord.Now);

    private string PathOf => Path.Combine(folder, "chatbot.db");

    [Fact]
    public async Task Read_GivesEveryRecordInForce_AndChangesNoByteOfTheFile()
    {
        await EveryKindOfRecord.WriteAsync(PathOf);
        var before = DatabaseDamage.Snapshot(folder);

        var snapshot = LiteDbSnapshot.Read(PathOf, time);

        Assert.Equal(before, DatabaseDamage.Snapshot(folder));
        Assert.Equal((2, 3, 3, 2), (snapshot.FactCards.Count, snapshot.Revisions.Count, snapshot.ModerationLog.Count, snapshot.Feedback.Count));
        Assert.Equal((2, 3, 3, 2), (snapshot.Quizzes.Count, snapshot.QuizAnswers.Count, snapshot.QuizScores.Count, snapshot.PendingArticles.Count));
        Assert.Equal((2, 1, 2, 2), (snapshot.Archive.Count, snapshot.SharedReplies.Count, snapshot.Conversations.Count, snapshot.Questions.Count));
        Assert.Equal(["Ev-new", "replay-new", "nonce-new"], [.. snapshot.SeenEvents.Concat(snapshot.ReplayRecords).Concat(snapshot.Nonces).Select(k => k.Key)]);
        Assert.Contains(snapshot.QuizScores, s => s is { WorkspaceId: null, ChannelId: "DM1", UserId: "D1", DisplayName: "Dee", Correct: 1, Answered: 1 });
        Assert.Equal([1, 2, 3], snapshot.ModerationLog.Select(e => e.SourceId));
    }

    [Theory]
    [InlineData(DatabaseDamage.CutHalf, "is damaged: the file is cut short")]
    [InlineData(DatabaseDamage.Emptied, "is damaged: ")]
    public async Task Read_ADamagedFile_IsRefusedInOneLine_AndLeftAsItWas(string damage, string reason)
    {
        await EveryKindOfRecord.WriteAsync(PathOf);
        DatabaseDamage.Apply(PathOf, damage);
        var before = DatabaseDamage.Snapshot(folder);

        var refused = Assert.Throws<InvalidOperationException>(() => LiteDbSnapshot.Read(PathOf, time));

        Assert.StartsWith($"database {PathOf} {reason}", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was copied", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal(before, DatabaseDamage.Snapshot(folder));
    }

    [Fact]
    public void Read_AFileThatIsNoDatabase_IsRefused()
    {
        File.WriteAllText(PathOf, "name,question\nann,when?\n");

        var refused = Assert.Throws<InvalidOperationException>(() => LiteDbSnapshot.Read(PathOf, time));

        Assert.StartsWith($"database {PathOf} is not a database: it is not a LiteDB database (it looks like a text file", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoFile_SaysThereIsNone()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => LiteDbSnapshot.Read(PathOf, time));

        Assert.Equal($"there is no LiteDB database at {PathOf}", refused.Message);
        Assert.False(File.Exists(PathOf));
    }

    [Fact]
    public async Task Read_AFileInUse_IsRefused()
    {
        await EveryKindOfRecord.WriteAsync(PathOf);
        using var serving = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = PathOf }), NullLogger<ChatBotDatabase>.Instance, time);
        serving.EnsureOpened();

        var refused = Assert.Throws<InvalidOperationException>(() => LiteDbSnapshot.Read(PathOf, time));

        Assert.Equal($"database {PathOf} is locked: the file is locked by another process (is `chatbot serve` running?); nothing was copied", refused.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
