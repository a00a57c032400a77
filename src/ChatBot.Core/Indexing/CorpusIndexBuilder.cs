using ChatBot.Core.Corpus;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>Builds a <see cref="CorpusIndex"/> from loaded articles: passages, postings, answer features, timeline.</summary>
public sealed class CorpusIndexBuilder(TextAnalyzer analyzer, RankingOptions? ranking = null)
{
    public CorpusIndex Build(CorpusLoadResult corpus, string fingerprint, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var (passages, index) = new IndexBuilder(analyzer, ranking).Build(corpus.Articles, progress, cancellationToken);
        var timeline = new TimelineBuilder(index).Build(corpus.Articles, passages);
        return new CorpusIndex(fingerprint, corpus.Articles, passages, index, timeline, corpus.Rejected, analyzer) { Warnings = corpus.Warnings };
    }
}
