namespace ChatBot.Discord.Wire;

/// <summary>The MESSAGE_CREATE dispatch fields the mention responder reads.</summary>
public sealed record GatewayMessage(
    string? Id,
    string? ChannelId,
    string? GuildId,
    DiscordUser? Author,
    InteractionMember? Member,
    string? Content,
    IReadOnlyList<DiscordUser>? Mentions,
    string? WebhookId,
    int Type);
