namespace ChatBot.Slack.Handling;

/// <summary>
/// Where a reply goes. With a <see cref="ResponseUrl"/> (slash commands, buttons) it is posted there; otherwise
/// into <see cref="ChannelId"/> (in <see cref="ThreadTs"/> when set): publicly when <see cref="PublicByDefault"/>
/// (mentions, direct messages), else only to <see cref="UserId"/>.
/// </summary>
public sealed record ReplyTarget(
    string ChannelId,
    string UserId,
    string? ResponseUrl = null,
    string? TriggerId = null,
    string? ThreadTs = null,
    bool PublicByDefault = false,
    bool IsDirectMessage = false);
