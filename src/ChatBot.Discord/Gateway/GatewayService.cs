using Microsoft.Extensions.Hosting;

namespace ChatBot.Discord.Gateway;

/// <summary>Hosts the gateway client for the life of the host.</summary>
internal sealed class GatewayService(GatewayClient client) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => client.RunAsync(stoppingToken);
}
