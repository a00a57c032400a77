namespace ChatBot.Slack.BlockKit;

/// <summary>
/// A Block Kit text object. mrkdwn text is always <c>verbatim</c>, so Slack does not auto-link words such as
/// "@here" into live mentions; plain_text is never parsed for mentions at all.
/// </summary>
public sealed record TextObject(string Type, string Text, bool? Verbatim = null, bool? Emoji = null)
{
    public static TextObject Mrkdwn(string text) => new("mrkdwn", text, Verbatim: true);

    public static TextObject Plain(string text) => new("plain_text", text, Emoji: true);
}
