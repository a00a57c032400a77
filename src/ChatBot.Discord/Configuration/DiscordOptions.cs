namespace ChatBot.Discord.Configuration;

/// <summary>The <c>ChatBot:Discord</c> section. Discord is off when the section is absent or <see cref="Enabled"/> is false.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "ChatBot:Discord";

    public bool Enabled { get; set; } = true;

    public string? ApplicationId { get; set; }

    /// <summary>Hex public key from the Developer Portal (General Information → Public Key).</summary>
    public string? PublicKey { get; set; }

    /// <summary>Secret: set it through <c>ChatBot__Discord__BotToken</c> or user secrets, never in a file.</summary>
    public string? BotToken { get; set; }

    /// <summary>Default guild for <c>discord register</c> when no <c>--guild</c> is given; empty means global.</summary>
    public string? GuildId { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Guild channels in which @mentions are answered; empty means every channel. DMs are always answered.</summary>
    public List<string> AllowedChannelIds { get; set; } = [];

    /// <summary>
    /// How long after its arrival an interaction may wait for its answer before it is deferred (Discord allows 3 s in
    /// total). 1.5 s like Slack's: on two busy cores at 256 concurrent requests, a deferral decided at 2 s reached the
    /// client up to 3.4 s after the request; at 1.5 s, within 2.6 s.
    /// </summary>
    public TimeSpan InlineReplyBudget { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Signed requests whose timestamp is older (or further in the future) than this are refused; zero turns the check off.</summary>
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Goes into the required <c>User-Agent: DiscordBot (url, version)</c> header.</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/chatbot/chatbot";

    public DiscordGatewayOptions Gateway { get; set; } = new();

    public bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);
}
