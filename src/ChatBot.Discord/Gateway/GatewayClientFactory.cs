using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rest;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>Makes the client for one shard: each connection has its own session, so each shard gets a fresh client.</summary>
public sealed class GatewayClientFactory(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    MentionResponder mentions,
    IGatewayJitter jitter,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    public GatewayClient Create(GatewayShard shard) => new(options, rest, mentions, jitter, time, logger, shard);
}
