using System.Diagnostics;
using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Produces the index of a corpus folder: from a snapshot when one exists for the folder's current fingerprint
/// (content of every file plus the engine version), otherwise by loading and indexing, then saving a snapshot.
/// A missing or unreadable snapshot is never an error: the index is rebuilt.
/// </summary>
public sealed class CorpusIndexLoader(ICorpusSource source, TextAnalyzer analyzer, IndexSnapshotStore? snapshots = null)
{
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
                return new CorpusIndexLoad(cached, FromSnapshot: true, stopwatch.Elapsed, SnapshotProblem: null);
            }
        }

        var loadProgress = progress is null ? null : new Progress<CorpusLoadProgress>(p => progress.Report(new IndexingProgress("load", p.Done, p.Total)));
        var loaded = await source.LoadAsync(directory, loadProgress, cancellationToken);
        loaded = lexicon.Problems.Count == 0 ? loaded : loaded with { Rejected = [.. lexicon.Problems, .. loaded.Rejected] };
        var indexProgress = progress is null ? null : new Progress<int>(done => progress.Report(new IndexingProgress("index", done, loaded.Articles.Count)));
        var index = new CorpusIndexBuilder(corpusAnalyzer).Build(loaded, loaded.Fingerprint, indexProgress, cancellationToken);
        var problem = snapshots?.TrySave(index);
        return new CorpusIndexLoad(index, FromSnapshot: false, stopwatch.Elapsed, problem);
    }
}
