namespace ChatBot.Discord.Wire;

/// <summary>A message a message command was used on (only the fields the adapter reads; the content is there without the message-content intent).</summary>
public sealed record ResolvedMessage(string? Id, string? Content, string? ChannelId, DiscordUser? Author);
