namespace ChatBot.Discord.Wire;

/// <summary>A guild member; <see cref="Permissions"/> is the decimal bit set of the member's permissions in the channel.</summary>
public sealed record InteractionMember(DiscordUser? User, IReadOnlyList<string>? Roles, string? Permissions, string? Nick);
