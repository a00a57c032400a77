using BenchmarkDotNet.Attributes;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.Retrieval;

/// <summary>Query latency on the 10,000-article synthetic corpus (about 120,000 passages): plan + two-stage ranking.</summary>
[MemoryDiagnoser]
public class SyntheticSearchBenchmarks
{
    private RetrievalContext context = null!;
    private string[] queries = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        context = RetrievalContext.For(SyntheticCorpusFixture.Index, TestCorpus.Analyzer);
        queries = [.. SyntheticCorpus.Queries(1000)];
    }

    [Benchmark]
    public int Search()
    {
        var query = queries[next++ % queries.Length];
        return context.Searcher.Search(context.Planner.Plan(query, RuleBasedQuestionClassifier.Instance.Classify(query).Kind), 5).Count;
    }
}
