using ChatBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Online backups every <see cref="BackupOptions.Interval"/> while the host runs, keeping the newest
/// <see cref="BackupOptions.Keep"/>. The first one is due an interval after the newest backup already in the folder
/// (a minute after start when there is none, or it is overdue), so restarts more frequent than the interval still get
/// backups. A database that is not open and intact is not backed up, and then nothing is pruned either. Nothing a
/// backup meets escapes (an exception out of a background service stops the host): it is logged, and the next
/// backup is tried an interval later.
/// </summary>
public sealed class ScheduledBackups(ChatBotDatabase database, IOptions<BackupOptions> options, TimeProvider time, ILogger<ScheduledBackups> logger) : BackgroundService
{
    /// <summary>Start-up is left to finish before a first or overdue backup.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);

    private BackupSet? backups;
    private DateTimeOffset due;

    /// <summary>Raised after every attempt, once the next one is scheduled (for tests and diagnostics).</summary>
    public event Action<BackupResult>? Completed;

    /// <summary>The first backup is scheduled here, synchronously, so it is due from the moment the host started.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        backups = new BackupSet(settings.FolderFor(database.Path), database.Path);
        var newest = settings.Interval > TimeSpan.Zero ? Newest(backups) : null;
        var soon = time.GetUtcNow() + (settings.Interval < FirstDelay ? settings.Interval : FirstDelay);
        due = newest is { } at && at + settings.Interval > soon ? at + settings.Interval : soon;
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }

                var result = await Task.Run(() => BackUp(backups!, settings.Keep), stoppingToken);
                due = time.GetUtcNow() + settings.Interval;
                Completed?.Invoke(result);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping. When start-up fails (a port in use) the host cancels this before its own stop, and would log
            // the cancellation as a crash (a critical line with a stack trace) next to the one-line error.
        }
    }

    private BackupResult BackUp(BackupSet backups, int keep)
    {
        try
        {
            var result = DatabaseBackup.WriteTo(database, backups.PathFor(time.GetUtcNow()));
            if (result.Succeeded)
            {
                var pruned = backups.Prune(keep);
                logger.LogInformation("Database backed up to {File} ({Summary}); {Pruned} older backups deleted", result.File, DatabaseManifest.Summary(result.Counts), pruned.Count);
            }
            else
            {
                logger.LogWarning("Scheduled database backup skipped: {Problem}", result.Problem);
            }

            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Scheduled database backup failed: {Reason}", DatabaseFailures.Describe(e));
            return new BackupResult(null, new Dictionary<string, int>(), DatabaseFailures.Describe(e));
        }
    }

    private DateTimeOffset? Newest(BackupSet set)
    {
        try
        {
            return set.List().Select(b => (DateTimeOffset?)b.At).FirstOrDefault();
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            logger.LogWarning("Cannot list the backup folder ({Reason}); the first backup is due now", e.Message.Split('\n')[0]);
            return null;
        }
    }
}
