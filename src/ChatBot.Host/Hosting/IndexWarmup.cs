using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>Loads the index and opens the database at start-up, so the first chat request is as fast as the rest.</summary>
internal sealed class IndexWarmup(CorpusIndexHolder corpus, ChatBotDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = corpus.Current;
        _ = database.Database;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
