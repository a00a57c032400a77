namespace ChatBot.Evaluation;

/// <summary>
/// Timeline extraction against the labels. An event counts as found when the timeline has an event on its sentence,
/// and as correctly dated when that event also carries the labelled date. Mistakes lists what differed, per sentence.
/// </summary>
public sealed record TimelineMetrics(int Labelled, int Predicted, int EventsFound, int DatesRight, IReadOnlyList<string> Mistakes)
{
    public double EventPrecision => Predicted == 0 ? 1 : EventsFound / (double)Predicted;

    public double EventRecall => Labelled == 0 ? 1 : EventsFound / (double)Labelled;

    public double DatePrecision => Predicted == 0 ? 1 : DatesRight / (double)Predicted;

    public double DateRecall => Labelled == 0 ? 1 : DatesRight / (double)Labelled;

    public override string ToString() =>
        $"events P {EventPrecision:P1} R {EventRecall:P1}, dates P {DatePrecision:P1} R {DateRecall:P1} ({Predicted} predicted, {Labelled} labelled, {EventsFound} found, {DatesRight} dated right)";
}
