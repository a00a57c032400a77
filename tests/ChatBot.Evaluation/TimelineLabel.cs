using System.Text.Json.Serialization;

namespace ChatBot.Evaluation;

/// <summary>
/// One line of tests/evaluation/timeline-labels.jsonl: a dated-looking sentence of the bundled corpus, verbatim, and
/// the events it reports as the timeline would label them ("2002-09-17", "before 2002", "late 2017 (inferred)"),
/// none when the sentence reports no dated event.
/// </summary>
public sealed record TimelineLabel
{
    [JsonPropertyName("articleId")] public required string ArticleId { get; init; }
    [JsonPropertyName("sentence")] public required string Sentence { get; init; }
    [JsonPropertyName("events")] public IReadOnlyList<string> Events { get; init; } = [];
    [JsonPropertyName("why")] public string? Why { get; init; }
}
