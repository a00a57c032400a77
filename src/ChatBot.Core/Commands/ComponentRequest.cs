namespace ChatBot.Core.Commands;

/// <summary>
/// A button press (or form submission) on a message the bot sent. <see cref="ActionId"/> is the id the bot put on
/// the button (Discord custom_id, Slack action_id), at most 100 characters; <see cref="Values"/> holds submitted
/// form fields by field id.
/// </summary>
public sealed record ComponentRequest(
    ChatPlatform Platform,
    ChatUser User,
    string ChannelId,
    string ActionId,
    string? WorkspaceId = null,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Values = null)
{
    public IReadOnlyDictionary<string, string> FormValues => Values ?? new Dictionary<string, string>();
}
