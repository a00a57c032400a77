using ChatBot.Core.Questions;
using ChatBot.MachineLearning;

namespace ChatBot.UnitTests.MachineLearning;

public sealed class ClassifierEvaluatorTests
{
    [Fact]
    public void Evaluate_CountsMicroPerQuestion_AndMacroPerClass()
    {
        // Three Date questions all right, one Person question wrong: micro 3/4, macro (1 + 0) / 2.
        LabelledQuestion[] questions =
        [
            new(QuestionKind.Date, DatasetSplit.Test, "when a"),
            new(QuestionKind.Date, DatasetSplit.Test, "when b"),
            new(QuestionKind.Date, DatasetSplit.Test, "when c"),
            new(QuestionKind.Person, DatasetSplit.Test, "who d"),
        ];

        var evaluation = ClassifierEvaluator.Evaluate(new AlwaysClassifier(QuestionKind.Date), questions);

        Assert.Equal(0.75, evaluation.MicroAccuracy);
        Assert.Equal(0.5, evaluation.MacroAccuracy);
        Assert.Equal([new ClassAccuracy(QuestionKind.Date, 3, 3), new ClassAccuracy(QuestionKind.Person, 0, 1)], evaluation.PerClass);
        Assert.Equal([new ConfusionCell(QuestionKind.Person, QuestionKind.Date, 1)], evaluation.Confusions);
    }

    private sealed class AlwaysClassifier(QuestionKind kind) : IQuestionClassifier
    {
        public QuestionClassification Classify(string question) => new(kind, 1f);
    }
}
