namespace ChatBot.Core.Commands;

/// <summary>
/// A button press (or form submission) on a message the bot sent. <see cref="ActionId"/> is the id the bot put on
/// the button (Discord custom_id, Slack action_id), at most 100 characters; <see cref="Values"/> holds submitted
/// form fields by field id. <see cref="MessageVisibility"/> says whether the message the button is on is public or
/// private (null when unknown or when there is no message), so a reply that replaces it keeps its visibility.
/// </summary>
public sealed record ComponentRequest(
    ChatPlatform Platform,
    ChatUser User,
    string ChannelId,
    string ActionId,
    string? WorkspaceId = null,
    string? MessageId = null,
    IReadOnlyDictionary<string, string>? Values = null,
    ReplyVisibility? MessageVisibility = null)
{
    /// <summary>Pressed in a direct message with the bot (see <see cref="CommandRequest.IsDirectMessage"/>).</summary>
    public bool IsDirectMessage { get; init; }

    public IReadOnlyDictionary<string, string> FormValues => Values ?? new Dictionary<string, string>();

    /// <summary>The visibility a reply replacing the pressed message keeps (private when unknown).</summary>
    public ReplyVisibility KeptVisibility => MessageVisibility ?? ReplyVisibility.Ephemeral;
}
