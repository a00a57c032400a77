using ChatBot.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Evaluation;

/// <summary>
/// Ranking quality on the evaluation sets. "dev" is the set the ranking was tuned on; "holdout" was written by
/// someone who never saw the ranking code. Through the engine as it ships (with the sentence encoder). Floors are
/// what was measured (one question of slack).
/// </summary>
public sealed class RetrievalQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev", 0.98, 0.99)]
    [InlineData("holdout", 0.72, 0.93)]
    public void Ranking_PutsTheAnsweringPassageFirst(string set, double recallAt1, double recallAt5)
    {
        var questions = EvaluationSet.Load(set);
        var ours = SearchEvaluator.Evaluate(questions, SearchEvaluator.Engine(TestCorpus.IndexWithVectors, encoder: TestEncoder.Shared));
        output.WriteLine($"{set}: {ours}");

        // The holdout stays blind: only its aggregate is printed, never its questions.
        foreach (var miss in set == "dev" ? ours.MissesAt1 : [])
        {
            output.WriteLine("  miss@1 " + miss);
        }

        Assert.True(ours.RecallAt1 >= recallAt1, $"recall@1 {ours.RecallAt1:P1} < {recallAt1:P0}");
        Assert.True(ours.RecallAt5 >= recallAt5, $"recall@5 {ours.RecallAt5:P1} < {recallAt5:P0}");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("holdout")]
    public void Ranking_BeatsPlainLuceneBm25_ClearlyAtRankOne(string set)
    {
        var questions = EvaluationSet.Load(set);
        var ours = SearchEvaluator.Evaluate(questions, SearchEvaluator.Engine(TestCorpus.IndexWithVectors, encoder: TestEncoder.Shared));
        using var lucene = new LuceneBaseline(TestCorpus.Index);
        var baseline = SearchEvaluator.Evaluate(questions, lucene.Search);
        output.WriteLine($"{set}: ours {ours}; Lucene BM25 + EnglishAnalyzer {baseline}");

        Assert.True(ours.RecallAt1 >= baseline.RecallAt1 + 0.08, $"ours {ours.RecallAt1:P1} vs Lucene {baseline.RecallAt1:P1}");
        Assert.True(ours.RecallAt5 >= baseline.RecallAt5);
    }
}
