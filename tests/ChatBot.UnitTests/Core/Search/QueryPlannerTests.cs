using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>The planner reuses a per-thread set of the terms it has met, and a phrase replaces the concept of its first word.</summary>
public sealed class QueryPlannerTests
{
    private static readonly string[] PhraseQuestions =
    [
        "What did Kim Jong Il order about the abductees?",
        "Why did kim jong il apologise to Japan?",
        "Kim Jong Un and Kim Jong Il: who ordered the talks?",
    ];

    /// <summary>A set left holding the last plan's terms would make the same question's second plan lose every concept.</summary>
    [Fact]
    public void Plan_IsTheSame_WhenTheThreadPlansTheSameQuestionAgain()
    {
        var corpus = TestCorpus.Index;
        var planner = new QueryPlanner(corpus.Index, corpus.Analyzer);
        var concepts = 0;
        foreach (var question in Questions())
        {
            var first = Describe(planner.Plan(question, QuestionKind.Description));
            Assert.Equal(first, Describe(planner.Plan(question, QuestionKind.Description)));
            concepts += first.Count;
        }

        Assert.True(concepts > 200, $"only {concepts} concepts planned");
    }

    /// <summary>One concept a position: a phrase's concept stands where its first word's would have, and the others stay in order.</summary>
    [Fact]
    public void Plan_KeepsOneConceptAPosition_WhenAPhraseReplacesItsFirstWord()
    {
        var corpus = TestCorpus.Index;
        var planner = new QueryPlanner(corpus.Index, corpus.Analyzer);
        var phrases = 0;
        foreach (var question in Questions())
        {
            var plan = planner.Plan(question, QuestionKind.Description);
            var positions = plan.Concepts.Select(c => c.Position).ToList();
            Assert.Equal(positions.Distinct().Count(), positions.Count);
            Assert.Equal(positions.Order(), positions);
            phrases += plan.Concepts.Count(c => c.Text.Contains(' ', StringComparison.Ordinal));
        }

        Assert.True(phrases >= PhraseQuestions.Length, $"only {phrases} phrase concepts planned");
    }

    private static IEnumerable<string> Questions() =>
        PhraseQuestions.Concat(EvaluationSet.Load("dev").Select(q => q.Question).Take(150));

    private static List<string> Describe(QueryPlan plan) =>
        [.. plan.Concepts.Select(c => $"{c.Text}@{c.Position}:{c.Weight}:{c.Source}:{string.Join(',', c.Alternatives)}")];
}
