using System.Globalization;

namespace ChatBot.MachineLearning;

/// <summary>
/// How a classifier did on a set of labelled questions. Micro accuracy counts every question once; macro accuracy
/// averages the per-class accuracies, so a kind with few questions counts as much as one with many.
/// </summary>
public sealed record ClassifierEvaluation(
    int Count,
    double MicroAccuracy,
    double MacroAccuracy,
    IReadOnlyList<ClassAccuracy> PerClass,
    IReadOnlyList<ConfusionCell> Confusions)
{
    /// <summary>Lines for a console: the two accuracies, each class, then the commonest confusions.</summary>
    public IEnumerable<string> SummaryLines(string name, int confusionsShown = 8)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"{name}: {MicroAccuracy:P1} micro, {MacroAccuracy:P1} macro on {Count} held-out questions");
        yield return "  " + string.Join("  ", PerClass.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.Correct}/{c.Total}")));
        foreach (var cell in Confusions.Take(confusionsShown))
        {
            yield return $"  {cell.Actual} taken for {cell.Predicted}: {cell.Count}";
        }
    }
}
