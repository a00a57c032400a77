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

    [Fact]
    public void IsSmallTalk_IsWhatClassifyReadsAsOffTopic_ForGeneratedTextsWithCaseAndSpaceOddities()
    {
        // Characters whose invariant lower case is another letter or several (the Kelvin sign, dotted capital I, final
        // sigma), spaces that trimming removes or keeps, and texts past the stack buffer's length.
        string[] pieces = ["hi", "HI", "Hello", "THANK YOU", "good NIGHT", "\u212A", "\u0130", "\u03A3", "joke", "weather", "your NAME", "are you a bot", " ", "\u00A0", "\u2003", "\t", "\n", "what", "when did", "?", "!", ",", "x", "éÉ"];
        var random = new Random(35);
        for (var trial = 0; trial < 20_000; trial++)
        {
            var text = new System.Text.StringBuilder();
            var parts = random.Next(6) == 0 ? random.Next(60, 140) : random.Next(0, 8);
            for (var p = 0; p < parts; p++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var question = text.ToString();
            Assert.Equal(RuleBasedQuestionClassifier.Instance.Classify(question).Kind == QuestionKind.OffTopic, RuleBasedQuestionClassifier.IsSmallTalk(question));
        }
    }
}
