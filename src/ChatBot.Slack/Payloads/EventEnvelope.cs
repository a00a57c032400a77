namespace ChatBot.Slack.Payloads;

/// <summary>An Events API delivery: url_verification (with <see cref="Challenge"/>) or event_callback (with <see cref="Event"/>).</summary>
public sealed record EventEnvelope
{
    public string? Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long? EventTime { get; init; }
    public SlackEvent? Event { get; init; }
}
