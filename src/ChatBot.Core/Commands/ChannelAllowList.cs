namespace ChatBot.Core.Commands;

/// <summary>
/// A platform's channels the bot answers in, as the platform's adapter configures it: an empty list allows every
/// channel; with a list, direct messages are allowed unless turned off. The rule itself is part of the one admission
/// decision (<see cref="RequestGate"/>), so every command, button and mention on every platform gets it from one place.
/// </summary>
public sealed record ChannelAllowList(ChatPlatform Platform, IReadOnlyCollection<string> ChannelIds, bool AllowDirectMessages = true)
{
    public const string NotEnabledHere = "I'm not enabled in this channel. Please ask in a channel where I'm available, or send me a direct message.";

    /// <summary>The <see cref="GateRefusal.Scope"/> of a request outside the list: not a rate limit, so not counted as one.</summary>
    public const string Scope = "allow-list";

    /// <summary>The polite refusal for a channel outside the list; only the asker sees it.</summary>
    public static Reply Refusal { get; } = new() { Kind = ReplyKind.Refused, Body = NotEnabledHere };
}
