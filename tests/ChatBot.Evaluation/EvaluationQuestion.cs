using System.Text.Json.Serialization;

namespace ChatBot.Evaluation;

/// <summary>One line of an evaluation file (tests/evaluation/*.jsonl).</summary>
public sealed record EvaluationQuestion
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("question")] public required string Question { get; init; }
    [JsonPropertyName("answerable")] public bool Answerable { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("articleId")] public string? ArticleId { get; init; }
    [JsonPropertyName("evidence")] public IReadOnlyList<string> Evidence { get; init; } = [];
    [JsonPropertyName("facts")] public IReadOnlyList<string> Facts { get; init; } = [];

    /// <summary>For a question the articles do not answer: pieces one of which the decline's nearest quoted sentence must hold.</summary>
    [JsonPropertyName("nearest")] public IReadOnlyList<string> Nearest { get; init; } = [];
}
