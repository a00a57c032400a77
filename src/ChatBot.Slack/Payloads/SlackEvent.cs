namespace ChatBot.Slack.Payloads;

/// <summary>The inner event of an event_callback (app_mention, message with channel_type "im", app_home_opened with its <see cref="Tab"/>).</summary>
public sealed record SlackEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? EventTs { get; init; }
    public bool? Hidden { get; init; }
    public string? Tab { get; init; }
}
