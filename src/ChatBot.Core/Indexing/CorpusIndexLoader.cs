using System.Diagnostics;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Produces the index of a corpus folder: from a snapshot when one exists for the folder's current fingerprint
/// (content of every file plus the engine version), otherwise by loading and indexing, then saving a snapshot.
/// A missing or unreadable snapshot is never an error: the index is rebuilt. With a sentence encoder, passages get
/// their vectors too (kept in the snapshot, made again only when the encoder changes; on a reload, only passages
/// whose text changed since the last load are encoded).
/// </summary>
public sealed class CorpusIndexLoader(ICorpusSource source, TextAnalyzer analyzer, IndexSnapshotStore? snapshots = null, Embeddings.ISentenceEncoder? encoder = null)
{
    private CorpusIndex? lastEncoded;

    /// <summary>The index whose vectors a reload reuses (tests: it must be the index served, never one dropped).</summary>
    internal CorpusIndex? VectorSource => lastEncoded;

    public async Task<CorpusIndexLoad> LoadAsync(string directory, bool forceRebuild = false, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var lexicon = await source.LoadLexiconAsync(directory, cancellationToken);
        var corpusAnalyzer = analyzer.With(lexicon.Groups);
        if (!forceRebuild && snapshots is not null)
        {
            var fingerprint = await source.ComputeFingerprintAsync(directory, cancellationToken);
            if (snapshots.TryLoad(fingerprint, corpusAnalyzer) is { } cached)
            {
                if (encoder is null || cached.Vectors?.EncoderId == encoder.EncoderId)
                {
                    lastEncoded = cached.Vectors is null ? lastEncoded : cached;
                    // An older format is rewritten once: a format-6 or 8 file's text would otherwise be packed again at every start.
                    return new CorpusIndexLoad(cached, FromSnapshot: true, stopwatch.Elapsed, cached.FromOlderSnapshot ? snapshots.TrySave(cached) : null);
                }

                progress?.Report(new IndexingProgress(IndexingProgress.Encoding, 0, cached.Articles.Count));
                var encoded = WithVectors(cached, progress, cancellationToken);
                return new CorpusIndexLoad(encoded, FromSnapshot: true, stopwatch.Elapsed, snapshots.TrySave(encoded));
            }
        }

        var loadProgress = progress is null ? null : new Progress<CorpusLoadProgress>(p => progress.Report(new IndexingProgress("load", p.Done, p.Total)));
        var loaded = await source.LoadAsync(directory, loadProgress, cancellationToken);
        loaded = lexicon.Problems.Count == 0 ? loaded : loaded with { Rejected = [.. lexicon.Problems, .. loaded.Rejected] };
        progress?.Report(new IndexingProgress(IndexingProgress.Building, 0, loaded.Articles.Count));
        var indexProgress = progress is null ? null : new Progress<int>(done => progress.Report(new IndexingProgress("index", done, loaded.Articles.Count)));
        var index = WithVectors(new CorpusIndexBuilder(corpusAnalyzer).Build(loaded, loaded.Fingerprint, indexProgress, cancellationToken), progress, cancellationToken);
        var problem = snapshots?.TrySave(index);
        return new CorpusIndexLoad(problem is null ? Saved(index, corpusAnalyzer) : index, FromSnapshot: false, stopwatch.Elapsed, problem);
    }

    /// <summary>
    /// The snapshot just saved, read back, in place of the index built: the built one holds every article's text
    /// uncompressed and the timeline as made, so a bot that built its index (a first start, a corpus that changed)
    /// would hold far more than the same bot restarted (120k passages: 196–207 against 140 MB in `heap-profile`). The
    /// two answer alike (the snapshot round-trip tests); the built one is kept when the snapshot cannot be read back.
    /// </summary>
    private CorpusIndex Saved(CorpusIndex built, TextAnalyzer corpusAnalyzer)
    {
        // Vectors of another encoder (another process saved over ours in between) are not the built index's: keep it.
        if (snapshots?.TryLoad(built.Fingerprint, corpusAnalyzer) is not { } saved || saved.Vectors?.EncoderId != built.Vectors?.EncoderId)
        {
            return built;
        }

        // The index kept for reusing vectors must be the one served, or the built one would stay in memory beside it.
        lastEncoded = ReferenceEquals(lastEncoded, built) ? saved : lastEncoded;
        return saved;
    }

    private CorpusIndex WithVectors(CorpusIndex index, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        if (encoder is null)
        {
            return index;
        }

        var encoded = progress is null ? null : new Progress<int>(done => progress.Report(new IndexingProgress("embed", done, index.Passages.Count)));
        try
        {
            var withVectors = index.WithVectors(PassageVectors.Encode(index, encoder, encoded, cancellationToken, lastEncoded));
            lastEncoded = withVectors;
            return withVectors;
        }
        catch (InvalidOperationException)
        {
            // An encoder that cannot run leaves the corpus to the lexical models; the engine asks for vectors only
            // when the index has them.
            return index;
        }
    }
}
