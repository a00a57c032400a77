using System.Threading.Channels;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.SemanticKernel;

/// <summary>
/// Computes missing passage vectors in the background: at start and after every re-index (the newest index wins
/// if several arrive during one refresh). Failures are logged and answers go on with lexical retrieval.
/// </summary>
internal sealed class PassageEmbeddingWorker(PassageEmbeddings embeddings, ICorpusIndexProvider corpora, ILogger<PassageEmbeddingWorker> logger, CorpusIndexHolder? holder = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pending = Channel.CreateBounded<CorpusIndex>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        void OnSwapped(CorpusIndex index) => pending.Writer.TryWrite(index);
        if (holder is not null)
        {
            holder.Swapped += OnSwapped;
        }

        try
        {
            pending.Writer.TryWrite(corpora.Current);
            await foreach (var index in pending.Reader.ReadAllAsync(stoppingToken))
            {
                await RefreshAsync(index, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            if (holder is not null)
            {
                holder.Swapped -= OnSwapped;
            }
        }
    }

    private async Task RefreshAsync(CorpusIndex index, CancellationToken stoppingToken)
    {
        try
        {
            var computed = await embeddings.RefreshAsync(index, stoppingToken);
            logger.LogInformation("Passage vectors ready: {Ready} of {Passages} ({Computed} computed, the rest cached)", embeddings.CountReady(index), index.Passages.Count, computed);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Computing passage vectors failed ({Error}); {Ready} of {Passages} are ready", e.GetType().Name, embeddings.CountReady(index), index.Passages.Count);
        }
    }
}
