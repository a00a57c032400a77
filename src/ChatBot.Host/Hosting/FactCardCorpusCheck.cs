using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Host.Hosting;

/// <summary>
/// Checks every fact card against the corpus at start-up and whenever the index is swapped for a new one, and
/// flags those whose quotes the corpus no longer holds as needing review. Runs one check at a time.
/// </summary>
internal sealed class FactCardCorpusCheck(CorpusIndexHolder corpus, FactCardReviewer reviewer, ILogger<FactCardCorpusCheck> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private Task completion = Task.CompletedTask;

    /// <summary>The latest check (tests wait for it).</summary>
    public Task Completion => Volatile.Read(ref completion);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        corpus.Swapped += OnSwapped;
        OnSwapped(corpus.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        corpus.Swapped -= OnSwapped;
        return Completion;
    }

    public void Dispose() => oneAtATime.Dispose();

    private void OnSwapped(CorpusIndex next) => Volatile.Write(ref completion, Task.Run(() => CheckAsync(next)));

    private async Task CheckAsync(CorpusIndex index)
    {
        await oneAtATime.WaitAsync();
        try
        {
            foreach (var card in await reviewer.FlagBrokenAsync(index))
            {
                logger.LogWarning("Fact card {Slug} needs review after a corpus change: {Note}", card.Slug, card.ReviewNote);
            }
        }
        catch (StorageUnavailableException e)
        {
            logger.LogWarning("Fact cards were not checked against the corpus: {Reason}", e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Checking fact cards against the corpus failed");
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
