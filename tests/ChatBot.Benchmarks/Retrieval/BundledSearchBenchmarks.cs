using BenchmarkDotNet.Attributes;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.Retrieval;

/// <summary>Query latency on the bundled corpus: plan + two-stage ranking for the evaluation questions.</summary>
[MemoryDiagnoser]
public class BundledSearchBenchmarks
{
    private RetrievalContext context = null!;
    private string[] questions = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        context = RetrievalContext.For(TestCorpus.Index, TestCorpus.Analyzer);
        questions = [.. EvaluationSet.Load("dev").Select(q => q.Question)];
    }

    [Benchmark]
    public int Search()
    {
        var question = questions[next++ % questions.Length];
        var plan = context.Planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind);
        return context.Searcher.Search(plan, 5).Count;
    }
}
