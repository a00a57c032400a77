using System.Text.Json;

namespace ChatBot.Slack.Payloads;

/// <summary>
/// A Socket Mode frame: hello, disconnect, or an envelope (events_api, slash_commands, interactive) whose
/// <see cref="Payload"/> is what the matching HTTP endpoint would receive.
/// </summary>
public sealed record SocketEnvelope
{
    public string? Type { get; init; }
    public string? EnvelopeId { get; init; }
    public JsonElement? Payload { get; init; }
    public bool AcceptsResponsePayload { get; init; }
    public int? RetryAttempt { get; init; }
    public string? Reason { get; init; }
}
