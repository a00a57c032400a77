using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Loads the index and opens (and checks) the database at start-up, so the first chat request is as fast as the
/// rest. A database path that holds something other than a LiteDB database stops `serve` with one line (it is a
/// configuration mistake, and the file is never touched); a damaged database does not: the bot runs without it.
/// </summary>
internal sealed class IndexWarmup(CorpusIndexHolder corpus, ChatBotDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = corpus.Current;
        if (database.EnsureOpened() is { State: DatabaseState.NotADatabase } status)
        {
            throw new InvalidOperationException(status.Problem) { Source = "ChatBot" };
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
