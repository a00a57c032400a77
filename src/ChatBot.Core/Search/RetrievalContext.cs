using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Search;

/// <summary>
/// A planner and a searcher bound to one index. Built once per index (they hold per-thread scratch space), and
/// replaced when the provider swaps in a new index.
/// </summary>
public sealed class RetrievalContext
{
    private static readonly ConditionalWeakTableCache Cache = new();

    private RetrievalContext(CorpusIndex corpus, SearchOptions? options)
    {
        Corpus = corpus;
        Planner = new QueryPlanner(corpus.Index, corpus.Analyzer);
        Searcher = new Searcher(corpus, options);
    }

    public CorpusIndex Corpus { get; }

    public QueryPlanner Planner { get; }

    public Searcher Searcher { get; }

    public static RetrievalContext For(CorpusIndex corpus, SearchOptions? options = null) =>
        options is null ? Cache.GetOrAdd(corpus) : new RetrievalContext(corpus, options);

    private sealed class ConditionalWeakTableCache
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CorpusIndex, RetrievalContext> table = [];

        // A static factory: a lambda wrapping a passed-in one captured it, a closure and a delegate made on every ask.
        public RetrievalContext GetOrAdd(CorpusIndex corpus) =>
            table.GetValue(corpus, static c => new RetrievalContext(c, null));
    }
}
