namespace ChatBot.Discord.Configuration;

/// <summary>The <c>ChatBot:Discord:Gateway</c> section: the optional WebSocket client that answers @mentions and DMs.</summary>
public sealed class DiscordGatewayOptions
{
    public bool Enabled { get; set; }

    /// <summary>Overrides the URL from <c>GET /gateway/bot</c> (tests point it at a loopback server).</summary>
    public Uri? Url { get; set; }

    /// <summary>First wait before reconnecting after a failure; doubles per consecutive failure up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many @mentions are answered at once; more wait their turn.</summary>
    public int MaxConcurrentReplies { get; set; } = 4;
}
