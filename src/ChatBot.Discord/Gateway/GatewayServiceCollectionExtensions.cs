using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Discord.Gateway;

internal static class GatewayServiceCollectionExtensions
{
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        services.TryAddSingleton<IGatewayJitter, RandomGatewayJitter>();
        services.AddSingleton<MentionResponder>();
        services.AddSingleton<GatewayClient>();
        services.AddHostedService<GatewayService>();
        return services;
    }
}
