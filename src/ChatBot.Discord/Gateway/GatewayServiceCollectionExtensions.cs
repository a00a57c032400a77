using ChatBot.Core.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Discord.Gateway;

internal static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<IGatewayJitter, RandomGatewayJitter>();
        services.AddSingleton<MentionResponder>();
        services.AddCoordinationDefaults();
        services.AddSingleton<GatewayClientFactory>();
        services.AddSingleton<GatewayShards>();
        services.AddHostedService<GatewayService>();
        return services;
    }
}
