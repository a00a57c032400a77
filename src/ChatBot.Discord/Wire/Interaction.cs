namespace ChatBot.Discord.Wire;

/// <summary>The interaction object Discord POSTs to the endpoint (only the fields the adapter reads).</summary>
public sealed record Interaction(
    string? Id,
    string? ApplicationId,
    InteractionType Type,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    InteractionChannel? Channel,
    InteractionMember? Member,
    DiscordUser? User,
    string? Token,
    InteractionMessage? Message)
{
    public string? EffectiveChannelId => ChannelId ?? Channel?.Id;

    public DiscordUser? Invoker => Member?.User ?? User;
}
