using ChatBot.Core.Questions;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Questions;

public sealed class RuleBasedQuestionClassifierTests
{
    private static readonly string[] SmallTalk =
    [
        "Hi there", "  Hello! ", "hey", "Thanks a lot", "Thank you", "Good morning", "Tell me a joke",
        "What's the weather like?", "What is your name?", "How are you?", "Who are you?", "Are you a bot?",
    ];

    [Fact]
    public void IsSmallTalk_IsWhatClassifyReadsAsOffTopic_ForEveryEvaluationQuestionAndSmallTalk()
    {
        var questions = EvaluationSet.Load("dev").Select(q => q.Question)
            .Concat(EvaluationSet.Load("holdout").Select(q => q.Question))
            .Concat(SmallTalk)
            .Concat(["HI", "this is not a greeting: hello", "hello world, when did it start?", "Why? thanks"])
            .ToList();

        foreach (var question in questions)
        {
            Assert.Equal(RuleBasedQuestionClassifier.Instance.Classify(question).Kind == QuestionKind.OffTopic, RuleBasedQuestionClassifier.IsSmallTalk(question));
        }

        Assert.All(SmallTalk, q => Assert.True(RuleBasedQuestionClassifier.IsSmallTalk(q)));
        Assert.Contains(questions, q => !RuleBasedQuestionClassifier.IsSmallTalk(q));
    }
}
