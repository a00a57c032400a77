using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Loads the index, opens the database and loads the sentence encoder (when embeddings are on) at start-up, so the
/// first chat request is as fast as the rest.
/// </summary>
internal sealed class IndexWarmup(CorpusIndexHolder corpus, ChatBotDatabase database, ILogger<IndexWarmup> logger, ISentenceEncoder? encoder = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = corpus.Current;
        _ = database.Database;
        try
        {
            encoder?.Encode(["warm-up"], cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            logger.LogWarning("The sentence encoder cannot run ({Reason}); answers are ranked by words alone", e.Message);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
