using System.Threading.Channels;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Writes replay records to LiteDB in batches from one background writer: hundreds of concurrent requests cost a few
/// disk flushes instead of one each under a lock, and no request thread waits for the disk. Each record's task
/// completes once its batch is written. Expired records are pruned by the same writer, and a record that expired while
/// it waited in the queue is not written at all (a prune can run between it being queued and written). The database is asked for
/// before every batch, so once it is found damaged (here or by any other store) nothing more is written to it.
/// </summary>
internal sealed class ReplayRecordWriter : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly Channel<(ReplayRecordDocument Record, TaskCompletionSource Written)> queue =
        Channel.CreateUnbounded<(ReplayRecordDocument, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ChatBotDatabase database;
    private readonly TimeProvider time;
    private readonly Func<DateTime?> pruneBefore;
    private readonly Task writing;

    /// <param name="pruneBefore">When pruning is due, the time before which records have expired; otherwise null.</param>
    public ReplayRecordWriter(ChatBotDatabase database, TimeProvider time, Func<DateTime?> pruneBefore)
    {
        this.database = database;
        this.time = time;
        this.pruneBefore = pruneBefore;
        writing = Task.Run(WriteAsync);
    }

    /// <summary>Completes when the record is on disk, or when writing it failed (the caller's decision stands either way).</summary>
    public Task WriteAsync(ReplayRecordDocument record)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return queue.Writer.TryWrite((record, written)) ? written.Task : Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task WriteAsync()
    {
        var batch = new List<(ReplayRecordDocument Record, TaskCompletionSource Written)>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            StorageGuard.Try(database, () =>
            {
                if (database.Database is not { } db)
                {
                    return;
                }

                var records = db.GetCollection<ReplayRecordDocument>(LiteDbReplayStore.CollectionName);
                var now = time.GetUtcNow().UtcDateTime;
                var live = batch.Select(b => b.Record).Where(r => r.ExpiresAt > now).ToList();
                if (live.Count > 0)
                {
                    records.Upsert(live);
                }

                if (pruneBefore() is { } before)
                {
                    records.EnsureIndex(r => r.ExpiresAt);
                    records.DeleteMany(r => r.ExpiresAt <= before);
                }
            }, caller: nameof(LiteDbReplayStore));
            batch.ForEach(b => b.Written.TrySetResult());
            batch.Clear();
        }
    }
}
