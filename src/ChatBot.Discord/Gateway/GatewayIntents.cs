namespace ChatBot.Discord.Gateway;

/// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES. MESSAGE_CONTENT is not needed: mentions and DMs carry their content.</summary>
public static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int Default = Guilds | GuildMessages | DirectMessages;
}
