using System.Threading.Channels;
using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Hot reload: watches the corpus folder (and polls its fingerprint as a safety net), waits for changes to settle,
/// re-indexes in the background and swaps the new index in atomically. Requests in flight keep the index they
/// started with. A failed reload is logged and the current index stays.
/// </summary>
internal sealed class CorpusReloader(
    CorpusIndexHolder holder,
    CorpusIndexLoader loader,
    ICorpusSource source,
    IAnswerCache cache,
    IOptions<CorpusOptions> options,
    TimeProvider time,
    ILogger<CorpusReloader> logger) : BackgroundService
{
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Raised after every reload attempt, with the index now in use (for tests and diagnostics).</summary>
    public event Action<CorpusIndex>? Reloaded;

    /// <summary>Asks for a reload now (the watcher and the poller call this; so can an operator-facing endpoint).</summary>
    public void RequestReload() => changes.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Without watching, reloads still come on request: another replica's notice (CorpusReloadSync) asks for them.
        var settings = options.Value;
        using var watcher = settings.WatchForChanges ? Watch(settings.Directory) : null;
        using var poller = settings.WatchForChanges && settings.PollInterval > TimeSpan.Zero ? time.CreateTimer(_ => RequestReload(), null, settings.PollInterval, settings.PollInterval) : null;
        try
        {
            await foreach (var _ in changes.Reader.ReadAllAsync(stoppingToken))
            {
                await SettleAsync(settings.ReloadDebounce, stoppingToken);
                await ReloadAsync(settings.Directory, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping. When start-up fails (a port in use) the host cancels this before its own stop, and would log
            // the cancellation as a crash with a stack trace next to the one-line error.
        }
    }

    /// <summary>Waits until no new change has arrived for the debounce time.</summary>
    private async Task SettleAsync(TimeSpan debounce, CancellationToken cancellationToken)
    {
        do
        {
            await Task.Delay(debounce, time, cancellationToken);
        }
        while (changes.Reader.TryRead(out _));
    }

    private async Task ReloadAsync(string directory, CancellationToken cancellationToken)
    {
        try
        {
            var current = holder.Current;
            if (await source.ComputeFingerprintAsync(directory, cancellationToken) == current.Fingerprint)
            {
                return;
            }

            var load = await Task.Run(() => loader.LoadAsync(directory, cancellationToken: cancellationToken), cancellationToken);
            holder.Swap(load.Index);
            CorpusReport.Log(logger, load);
            var pruned = await cache.PruneAsync(load.Index.Fingerprint, cancellationToken);
            logger.LogInformation("Corpus reloaded: {Articles} articles (was {Previous}); {Pruned} cached answers dropped", load.Index.Articles.Count, current.Articles.Count, pruned);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Corpus reload failed; still serving the previous index: {Reason}", e.Message.Split('\n')[0]);
        }
        finally
        {
            Reloaded?.Invoke(holder.Current);
        }
    }

    private FileSystemWatcher? Watch(string directory)
    {
        try
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(directory)) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, _) => RequestReload();
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => RequestReload();
            watcher.Error += (_, e) => logger.LogWarning("Corpus watcher error ({Reason}); polling continues", e.GetException().Message);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException)
        {
            logger.LogWarning("Cannot watch {Directory} ({Reason}); relying on polling", directory, e.Message);
            return null;
        }
    }
}
