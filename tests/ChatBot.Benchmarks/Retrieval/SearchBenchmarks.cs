using BenchmarkDotNet.Attributes;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.Retrieval;

/// <summary>
/// Query latency (plan + two-stage ranking, top 5): the evaluation questions on the bundled corpus, and generated
/// queries on the 10,000-article synthetic corpus (about 120,000 passages).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private RetrievalContext context = null!;
    private string[] queries = [];
    private int next;

    [Params("bundled", "synthetic-10000")]
    public string Corpus { get; set; } = "bundled";

    [GlobalSetup]
    public void Setup()
    {
        var bundled = Corpus == "bundled";
        context = RetrievalContext.For(bundled ? TestCorpus.Index : SyntheticCorpusFixture.Index);
        queries = bundled ? [.. EvaluationSet.Load("dev").Select(q => q.Question)] : [.. SyntheticCorpus.Queries(1000)];
    }

    [Benchmark]
    public int Search()
    {
        var query = queries[next++ % queries.Length];
        return context.Searcher.Search(context.Planner.Plan(query, RuleBasedQuestionClassifier.Instance.Classify(query).Kind), 5).Count;
    }
}
