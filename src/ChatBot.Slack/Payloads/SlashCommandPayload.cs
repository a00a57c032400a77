using Microsoft.Extensions.Primitives;

namespace ChatBot.Slack.Payloads;

/// <summary>
/// A slash-command invocation: form fields over HTTP, the same fields as JSON inside a Socket Mode envelope.
/// </summary>
public sealed record SlashCommandPayload
{
    public string? Command { get; init; }
    public string? Text { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? ChannelId { get; init; }
    public string? TeamId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }

    public bool IsComplete => !string.IsNullOrWhiteSpace(Command) && !string.IsNullOrWhiteSpace(UserId) && !string.IsNullOrWhiteSpace(ChannelId);

    public static SlashCommandPayload FromForm(IReadOnlyDictionary<string, StringValues> form) => new()
    {
        Command = Field(form, "command"),
        Text = Field(form, "text"),
        UserId = Field(form, "user_id"),
        UserName = Field(form, "user_name"),
        ChannelId = Field(form, "channel_id"),
        TeamId = Field(form, "team_id"),
        ResponseUrl = Field(form, "response_url"),
        TriggerId = Field(form, "trigger_id"),
        ApiAppId = Field(form, "api_app_id"),
    };

    private static string? Field(IReadOnlyDictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;
}
