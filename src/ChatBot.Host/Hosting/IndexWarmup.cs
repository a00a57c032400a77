using ChatBot.Core.Embeddings;
using ChatBot.Core.Indexing;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Loads the index, opens (and checks) the database and loads the sentence encoder (when embeddings are on) at
/// start-up, so the first chat request is as fast as the rest. A database path that holds something other than a
/// LiteDB database stops `serve` with one line (it is a configuration mistake, and the file is never touched); a
/// damaged database does not: the bot runs without it. An encoder that cannot run leaves ranking to words alone.
/// It is the first hosted service to start (see <see cref="AddTo"/>): the others read the index it loads.
/// </summary>
internal sealed class IndexWarmup(CorpusIndexStartup corpus, CorpusIndexHolder holder, ChatBotDatabase database, ILoggerFactory loggers, ISentenceEncoder? encoder = null) : IHostedService
{
    private readonly ILogger logger = loggers.CreateLogger<IndexWarmup>();

    /// <summary>Registers the warm-up ahead of every other hosted service, wherever in the composition it is called.</summary>
    public static IServiceCollection AddTo(IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, IndexWarmup>());
        return services;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var corpusLogger = loggers.CreateLogger("ChatBot.Corpus");
        if (await corpus.LoadAsync(new IndexBuildNotice(line => corpusLogger.LogInformation("{Notice}", line)), cancellationToken) is { } load)
        {
            CorpusReport.Log(corpusLogger, load);
        }

        // What a snapshot leaves to first use is made in the background: start-up does not wait for it, and the first
        // question (or the first after a reload) finds it ready or waits only for the rest.
        PrepareInBackground(holder.Current);
        holder.Swapped += PrepareInBackground;

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
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        holder.Swapped -= PrepareInBackground;
        return Task.CompletedTask;
    }

    private void PrepareInBackground(CorpusIndex index) => _ = Task.Run(() =>
    {
        try
        {
            index.Prepare();
        }
        catch (InvalidDataException e)
        {
            // The same failure reaches the first question that needs the timeline; here it is only said early.
            logger.LogWarning("Preparing the corpus index failed ({Reason}); the timeline will be unavailable", e.Message);
        }
    });
}
