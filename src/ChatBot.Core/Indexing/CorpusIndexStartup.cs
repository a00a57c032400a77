using Microsoft.Extensions.Options;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Loads the index the process starts with — from a snapshot if the corpus is unchanged, else built now — into the
/// <see cref="CorpusIndexHolder"/>. Awaited once at start-up (the host's start-up step, or a command-line verb before it
/// reads the index) rather than inside a service factory, where it would block a thread on I/O. Later calls return the
/// first load. A holder made with an index (tests, tools) is left as it is.
/// </summary>
public sealed class CorpusIndexStartup(CorpusIndexHolder holder, CorpusIndexLoader loader, IOptions<CorpusOptions> options)
{
    private readonly Lock gate = new();
    private Task<CorpusIndexLoad?>? load;

    /// <param name="progress">Told when the load has to build or re-encode the index (a first run), which takes a while.</param>
    /// <returns>The first load (its report is the caller's to log); null when the holder was given an index already.</returns>
    public Task<CorpusIndexLoad?> LoadAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (load is null || load.IsFaulted || load.IsCanceled)
            {
                load = LoadOnceAsync(progress, cancellationToken);
            }

            return load;
        }
    }

    private async Task<CorpusIndexLoad?> LoadOnceAsync(IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        if (holder.IsLoaded)
        {
            return null;
        }

        var loaded = await loader.LoadAsync(options.Value.Directory, progress: progress, cancellationToken: cancellationToken);
        holder.SetInitial(loaded.Index);
        return loaded;
    }
}
