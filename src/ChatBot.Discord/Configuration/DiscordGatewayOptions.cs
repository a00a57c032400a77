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

    /// <summary>
    /// How many gateway connections (shards) the bot uses; each replica holds the shards it has a lease for. Discord
    /// requires more than one from 2,500 guilds on (close code 4011).
    /// </summary>
    public int ShardCount { get; set; } = 1;

    /// <summary>How long a shard lease lasts unless renewed: a dead replica's shard is taken over within this plus <see cref="LeaseRenewInterval"/>.</summary>
    public TimeSpan LeaseTimeToLive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often held leases are renewed and unheld shards are tried again.</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(5);
}
