using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage;

/// <summary>Scheduled online backups on a fake clock: when they run, what they keep, and that damage stops them.</summary>
public sealed class ScheduledBackupsTests(TemplateDatabase template) : IClassFixture<TemplateDatabase>, IDisposable
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly TempDatabase temp = new();

    private string Folder => Path.Combine(temp.Folder, "backups");

    [Fact]
    public async Task Backups_RunAMinuteAfterStart_ThenEveryInterval_KeepingTheNewest()
    {
        template.CopyTo(temp.Path);
        using var database = temp.Open();
        using var backups = Start(database, keep: 3, out var completed);

        for (var run = 0; run < 5; run++)
        {
            temp.Time.Advance(run == 0 ? ScheduledBackups.FirstDelay : Day);
            var result = await NextAsync(completed);
            Assert.True(result.Succeeded, result.Problem);
        }

        Assert.Equal(["chatbot-20260103T000100Z.db", "chatbot-20260104T000100Z.db", "chatbot-20260105T000100Z.db"], Files());
        Assert.All(Directory.GetFiles(Folder), file => Assert.Equal(300, DatabaseCheck.Run(file).Records));
        Assert.Contains("\"lastGoodCheck\": \"2026-01-05T00:01:00+00:00\"", File.ReadAllText(temp.Path + ".manifest.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterARestart_TheNextBackupIsDueAnIntervalAfterTheNewestOne()
    {
        template.CopyTo(temp.Path);
        Directory.CreateDirectory(Folder);
        File.Copy(template.Path, Path.Combine(Folder, "chatbot-20251231T060000Z.db"));
        using var database = temp.Open();
        using var backups = Start(database, keep: 7, out var completed);

        temp.Time.Advance(TimeSpan.FromHours(5));
        Assert.False(completed.TryRead(out _));
        temp.Time.Advance(TimeSpan.FromHours(1));
        Assert.True((await NextAsync(completed)).Succeeded);

        Assert.Equal(["chatbot-20251231T060000Z.db", "chatbot-20260101T060000Z.db"], Files());
    }

    [Fact]
    public async Task ADamagedDatabase_IsNotBackedUp_AndNoGoodBackupIsPruned()
    {
        template.CopyTo(temp.Path);
        DatabaseDamage.Apply(temp.Path, DatabaseDamage.ZeroedTail);
        Directory.CreateDirectory(Folder);
        var good = new[] { "chatbot-20251230T000000Z.db", "chatbot-20251231T000000Z.db", "notes.txt" };
        foreach (var name in good)
        {
            File.Copy(template.Path, Path.Combine(Folder, name));
        }

        using var database = temp.Open();
        using var backups = Start(database, keep: 1, out var completed);
        temp.Time.Advance(ScheduledBackups.FirstDelay);
        var result = await NextAsync(completed);

        Assert.False(result.Succeeded);
        Assert.StartsWith("not backed up: database", result.Problem, StringComparison.Ordinal);
        Assert.Equal(good, Files());
    }

    [Fact]
    public async Task StoppedWhileWaitingForTheNextBackup_EndsQuietly_NotAsACrash()
    {
        template.CopyTo(temp.Path);
        using var database = temp.Open();
        using var backups = Start(database, keep: 7, out var completed);
        temp.Time.Advance(ScheduledBackups.FirstDelay);
        Assert.True((await NextAsync(completed)).Succeeded);

        // Now waiting a day for the next one. The host cancels background services this way when its start fails (a
        // port in use); a cancelled or faulted task would be logged as a critical crash with a stack trace beside
        // serve's one-line error.
        await backups.StopAsync(CancellationToken.None);

        Assert.Equal(TaskStatus.RanToCompletion, backups.ExecuteTask!.Status);
    }

    public void Dispose() => temp.Dispose();

    private ScheduledBackups Start(ChatBotDatabase database, int keep, out System.Threading.Channels.ChannelReader<BackupResult> completed)
    {
        var results = System.Threading.Channels.Channel.CreateUnbounded<BackupResult>();
        var backups = new ScheduledBackups(database, Options.Create(new BackupOptions { Interval = Day, Keep = keep }), temp.Time, NullLogger<ScheduledBackups>.Instance);
        backups.Completed += result => results.Writer.TryWrite(result);
        backups.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        completed = results.Reader;
        return backups;
    }

    private List<string> Files() => [.. Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The next result; the timeout only stops a broken schedule from hanging the run.</summary>
    private static async Task<BackupResult> NextAsync(System.Threading.Channels.ChannelReader<BackupResult> completed) =>
        await completed.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
}
