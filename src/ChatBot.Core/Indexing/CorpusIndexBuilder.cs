using ChatBot.Core.Corpus;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// Builds a <see cref="CorpusIndex"/> from loaded articles: passages, postings, answer features, timeline. An article
/// whose text makes the build fail (a defect in the analysis that its text runs into) is left out and reported with the
/// rejected files, so one article never costs the whole corpus: a failed build left `serve` without an index at start
/// and made every restart fail the same way.
/// </summary>
public sealed class CorpusIndexBuilder(TextAnalyzer analyzer, RankingOptions? ranking = null)
{
    public CorpusIndex Build(CorpusLoadResult corpus, string fingerprint, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return BuildAll(corpus, fingerprint, progress, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && corpus.Articles.Count > 0)
        {
            // The failing articles are found one by one only on this path, so a healthy corpus builds exactly as before.
            var (kept, failed) = Isolate(corpus.Articles, cancellationToken);
            if (failed.Count == 0)
            {
                throw;
            }

            return BuildAll(corpus with { Articles = kept, Rejected = [.. corpus.Rejected, .. failed] }, fingerprint, progress, cancellationToken);
        }
    }

    private CorpusIndex BuildAll(CorpusLoadResult corpus, string fingerprint, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var (passages, index, timeline) = new IndexBuilder(analyzer, ranking).BuildWithTimeline(corpus.Articles, progress, cancellationToken);
        return new CorpusIndex(fingerprint, corpus.Articles, passages, index, timeline, corpus.Rejected, analyzer) { Warnings = corpus.Warnings };
    }

    private (List<Article> Kept, List<RejectedFile> Failed) Isolate(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var kept = new List<Article>(articles.Count);
        var failed = new List<RejectedFile>();
        foreach (var article in articles)
        {
            try
            {
                _ = BuildAll(new CorpusLoadResult([article], []), "", null, cancellationToken);
                kept.Add(article);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var path = article.SourcePath.Length > 0 ? article.SourcePath : article.Id;
                var cause = exception is AggregateException parallel ? parallel.Flatten().InnerExceptions[0] : exception;
                failed.Add(new RejectedFile(path, $"could not be indexed ({cause.GetType().Name}); the rest of the corpus was indexed without it"));
            }
        }

        return (kept, failed);
    }
}
