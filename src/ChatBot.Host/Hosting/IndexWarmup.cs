using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Loads the index, opens (and checks) the database and loads the sentence encoder (when embeddings are on) at
/// start-up, so the first chat request is as fast as the rest. A database path that holds something other than a
/// LiteDB database stops `serve` with one line (it is a configuration mistake, and the file is never touched); a
/// damaged database does not: the bot runs without it. An encoder that cannot run leaves ranking to words alone.
/// </summary>
internal sealed class IndexWarmup(CorpusIndexHolder corpus, ChatBotDatabase database, ILogger<IndexWarmup> logger, ISentenceEncoder? encoder = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = corpus.Current;
        if (database.EnsureOpened() is { State: DatabaseState.NotADatabase } status)
        {
            throw new InvalidOperationException(status.Problem) { Source = "ChatBot" };
        }

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
