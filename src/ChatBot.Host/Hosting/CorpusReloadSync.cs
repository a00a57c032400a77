using System.Threading.Channels;
using ChatBot.Core.Coordination;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Keeps replicas on one corpus: every swap here is announced on the reload bus, and a notice from another replica
/// naming a fingerprint this one does not serve makes this one reload from its own corpus folder (a shared volume).
/// If it still serves a different fingerprint afterwards, the folders differ and that is logged. With a single replica
/// (no Redis) the bus is the no-op default and this does nothing.
/// </summary>
internal sealed partial class CorpusReloadSync(
    CorpusIndexHolder holder,
    CorpusReloader reloader,
    ICorpusReloadBus bus,
    ReplicaId replica,
    TimeProvider time,
    ILogger<CorpusReloadSync> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private readonly Channel<string> swaps = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CorpusReloadNotice? followed;

    /// <summary>Completes once notices from the other replicas are received (tests wait for it before changing the corpus).</summary>
    public Task Listening => listening.Task;

    /// <summary>Raised after a reload that a notice asked for, with the notice and the index now in use.</summary>
    public event Action<CorpusReloadNotice, CorpusIndex>? Followed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (bus is SingleReplicaReloadBus)
        {
            return;
        }

        await using var subscription = await SubscribeAsync(stoppingToken);
        if (subscription is null)
        {
            return;
        }

        holder.Swapped += OnSwapped;
        reloader.Reloaded += OnReloaded;
        listening.TrySetResult();
        try
        {
            await foreach (var fingerprint in swaps.Reader.ReadAllAsync(stoppingToken))
            {
                await PublishAsync(fingerprint, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            holder.Swapped -= OnSwapped;
            reloader.Reloaded -= OnReloaded;
        }
    }

    /// <summary>Subscribes, retrying while the bus is unreachable; null when stopped first.</summary>
    private async Task<IAsyncDisposable?> SubscribeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await bus.SubscribeAsync(OnNotice, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogBusUnavailable(e.GetType().Name, e.Message.Split('\n')[0]);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            try
            {
                await Task.Delay(RetryDelay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    private async Task PublishAsync(string fingerprint, CancellationToken cancellationToken)
    {
        try
        {
            await bus.PublishAsync(new CorpusReloadNotice(replica.Value, fingerprint), cancellationToken);
            LogPublished(fingerprint);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The others keep their index until their own watcher or poller sees the change.
            LogPublishFailed(fingerprint, e.GetType().Name, e.Message.Split('\n')[0]);
        }
    }

    private void OnSwapped(CorpusIndex index) => swaps.Writer.TryWrite(index.Fingerprint);

    private void OnNotice(CorpusReloadNotice notice)
    {
        if (notice.Replica == replica.Value || !holder.IsLoaded || notice.Fingerprint == holder.Current.Fingerprint)
        {
            return;
        }

        Volatile.Write(ref followed, notice);
        LogFollowing(notice.Replica, notice.Fingerprint, holder.Current.Fingerprint);
        reloader.RequestReload();
    }

    private void OnReloaded(CorpusIndex index)
    {
        if (Interlocked.Exchange(ref followed, null) is not { } notice)
        {
            return;
        }

        if (index.Fingerprint != notice.Fingerprint)
        {
            LogDiverged(index.Fingerprint, notice.Replica, notice.Fingerprint);
        }

        Followed?.Invoke(notice, index);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replica {Replica} serves corpus {Theirs} (this one: {Ours}); reloading from the corpus folder")]
    private partial void LogFollowing(string replica, string theirs, string ours);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After reloading, this replica serves corpus {Ours} but replica {Replica} serves {Theirs}: their corpus folders differ (is the folder a shared volume?)")]
    private partial void LogDiverged(string ours, string replica, string theirs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Announced corpus {Fingerprint} to the other replicas")]
    private partial void LogPublished(string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce corpus {Fingerprint} to the other replicas ({Error}: {Message})")]
    private partial void LogPublishFailed(string fingerprint, string error, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus reload notices unavailable ({Error}: {Message}); trying again")]
    private partial void LogBusUnavailable(string error, string message);
}
