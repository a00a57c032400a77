namespace ChatBot.Core.Commands;

/// <summary>
/// The channels the bot answers in, applied the same way on every platform and to every command, button and
/// mention: an empty list allows every channel; with a list, direct messages are allowed unless turned off.
/// </summary>
public sealed class ChannelAllowList(IEnumerable<string> channelIds, bool allowDirectMessages = true)
{
    public const string NotEnabledHere = "I'm not enabled in this channel. Please ask in a channel where I'm available, or send me a direct message.";

    private readonly HashSet<string> channels = new(channelIds, StringComparer.Ordinal);

    /// <summary>The polite refusal for a channel outside the list; only the asker sees it.</summary>
    public static Reply Refusal { get; } = new() { Kind = ReplyKind.Refused, Body = NotEnabledHere };

    public bool IsAllowed(string channelId, bool isDirectMessage) =>
        channels.Count == 0 || channels.Contains(channelId) || (isDirectMessage && allowDirectMessages);
}
