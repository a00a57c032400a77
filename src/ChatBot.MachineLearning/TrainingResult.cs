using System.Globalization;

namespace ChatBot.MachineLearning;

/// <summary>What a training run produced and how the saved model did on the held-out rows, beside the rule-based baseline.</summary>
public sealed record TrainingResult(
    string ModelPath,
    int TrainCount,
    int TestCount,
    TimeSpan TrainingTime,
    ClassifierEvaluation Model,
    ClassifierEvaluation RuleBaseline)
{
    public IEnumerable<string> SummaryLines()
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"Trained on {TrainCount} questions in {TrainingTime.TotalSeconds:F1} s; saved {ModelPath}");
        foreach (var line in Model.SummaryLines("Model"))
        {
            yield return line;
        }

        foreach (var line in RuleBaseline.SummaryLines("Rules", confusionsShown: 3))
        {
            yield return line;
        }
    }

    public override string ToString() => string.Join(Environment.NewLine, SummaryLines());
}
