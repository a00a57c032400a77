using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// Re-indexes the corpus folder now and swaps the new index in, as the host's hot reload does for a change it notices —
/// but awaited, so a moderator's "Now answering from" is true when it is said. The reload's own watcher sees the same
/// file later and finds nothing new (the fingerprint matches).
/// </summary>
public sealed class CorpusRefresh(CorpusIndexHolder holder, CorpusIndexLoader loader, IAnswerCache cache, IOptions<CorpusOptions> options)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public async Task<CorpusIndex> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var load = await Task.Run(() => loader.LoadAsync(options.Value.Directory, cancellationToken: cancellationToken), cancellationToken);
            holder.Swap(load.Index);
            await cache.PruneAsync(load.Index.Fingerprint, cancellationToken);
            return load.Index;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
