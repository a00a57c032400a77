using Microsoft.Extensions.Hosting;

namespace ChatBot.Discord.Gateway;

/// <summary>Hosts the gateway shards this replica holds for the life of the host.</summary>
internal sealed class GatewayService(GatewayShards shards) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => shards.RunAsync(stoppingToken);
}
