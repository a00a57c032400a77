using ChatBot.Core.Questions;

namespace ChatBot.MachineLearning;

/// <summary>Scores any <see cref="IQuestionClassifier"/> on labelled questions, so the model and the rules are measured the same way.</summary>
public static class ClassifierEvaluator
{
    public static ClassifierEvaluation Evaluate(IQuestionClassifier classifier, IReadOnlyCollection<LabelledQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            throw new ArgumentException("There are no questions to evaluate on.", nameof(questions));
        }

        var outcomes = questions.Select(q => (Actual: q.Kind, Predicted: classifier.Classify(q.Question).Kind)).ToList();
        var perClass = Enum.GetValues<QuestionKind>()
            .Select(kind => new ClassAccuracy(
                kind,
                outcomes.Count(o => o.Actual == kind && o.Predicted == kind),
                outcomes.Count(o => o.Actual == kind)))
            .Where(c => c.Total > 0)
            .ToList();
        var confusions = outcomes
            .Where(o => o.Actual != o.Predicted)
            .GroupBy(o => o)
            .Select(g => new ConfusionCell(g.Key.Actual, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Actual).ThenBy(c => c.Predicted)
            .ToList();
        var micro = (double)outcomes.Count(o => o.Actual == o.Predicted) / outcomes.Count;
        return new ClassifierEvaluation(outcomes.Count, micro, perClass.Average(c => c.Accuracy), perClass, confusions);
    }
}
