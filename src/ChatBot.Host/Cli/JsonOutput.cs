using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Answers;

namespace ChatBot.Host.Cli;

/// <summary>JSON shapes the CLI prints (source-generated: no reflection at start-up).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(AnswerStatusConverter)])]
[JsonSerializable(typeof(AnswerResult))]
[JsonSerializable(typeof(SearchOutput))]
[JsonSerializable(typeof(List<SourceOutput>))]
[JsonSerializable(typeof(TimelineOutput))]
internal sealed partial class JsonOutput : JsonSerializerContext
{
    // Readable UTF-8 ("拉致", "don't"), not \u escapes: this is printed for people and scripts, never put in HTML.
    private static JsonOutput? readable;

    private static JsonOutput Readable => readable ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, typeof(T), Readable);

    /// <summary>"answered", "not_found", "invalid": one spelling in text and JSON.</summary>
    public static string Status(AnswerStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());
}

/// <summary>"answered", "not_found", "invalid".</summary>
internal sealed class AnswerStatusConverter() : JsonStringEnumConverter<AnswerStatus>(JsonNamingPolicy.SnakeCaseLower);

/// <summary>`search --json`.</summary>
internal sealed record SearchOutput(string Query, IReadOnlyList<SearchHitOutput> Hits, double ElapsedMs);

internal sealed record SearchHitOutput(int Rank, string ArticleId, string PassageId, double Score, string Text);

/// <summary>`sources --json`: one entry per article.</summary>
internal sealed record SourceOutput(string Id, string Title, string? Author, string? Publisher, string? Published, bool PublishedInferred, string? Url, string? Language, IReadOnlyList<string> Tags);

/// <summary>`timeline --json`.</summary>
internal sealed record TimelineOutput(int? From, int? To, string? About, IReadOnlyList<TimelineEventOutput> Events);

internal sealed record TimelineEventOutput(string Date, bool Inferred, string Text, IReadOnlyList<TimelineSourceOutput> Sources);

internal sealed record TimelineSourceOutput(string ArticleId, string PassageId, string Title, string? Url, string Quote);
