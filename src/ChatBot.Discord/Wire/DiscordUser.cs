namespace ChatBot.Discord.Wire;

public sealed record DiscordUser(string? Id, string? Username, string? GlobalName, bool? Bot)
{
    public string? DisplayName => GlobalName ?? Username;
}
