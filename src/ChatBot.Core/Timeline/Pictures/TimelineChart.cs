namespace ChatBot.Core.Timeline.Pictures;

/// <summary>
/// What a timeline picture shows: a title, the events oldest first (each with its citation number), the sources
/// those numbers refer to, and how many matching events were left out to keep the picture readable.
/// </summary>
public sealed record TimelineChart(string Title, IReadOnlyList<TimelineChartEvent> Events, IReadOnlyList<TimelineChartSource> Sources, int Omitted = 0)
{
    /// <summary>The line under the picture that explains inferred dates.</summary>
    public const string InferredNote = "Dates marked (inferred) were worked out from the article's publication date.";
}
