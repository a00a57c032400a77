using System.Reflection;

using ChatBot.Core;
using ChatBot.Core.Storage;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Security;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord;

public static class DependencyInjection
{
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>
    /// Registers the Discord adapter when the <c>ChatBot:Discord</c> section exists and is not disabled; otherwise
    /// registers nothing. Needs Core (<see cref="Core.DependencyInjection.AddChatBotCore"/>: the dispatcher and the
    /// <see cref="Core.Delivery.ReplyRunner"/>).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.SectionName);
        var options = section.Get<DiscordOptions>() ?? new DiscordOptions();
        if (!section.Exists() || !options.Enabled)
        {
            return services;
        }

        services.AddValidatedOptions<DiscordOptions, DiscordOptionsValidator>().BindConfiguration(DiscordOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReplayStore, InMemoryReplayStore>(); // the database adapter's store replaces it, before or after (Core.PlugIns)
        services.AddSingleton<DiscordAdapterMarker>();
        services.AddSingleton(sp => new Core.Commands.ChannelAllowList(Core.Commands.ChatPlatform.Discord, sp.GetRequiredService<IOptions<DiscordOptions>>().Value.AllowedChannelIds));
        services.AddSingleton(_ => DiscordCommandCatalog.LoadEmbedded());

        services.AddSingleton<InteractionAuthenticator>();
        services.AddSingleton<CommandInteractionHandler>();
        services.AddSingleton<ComponentInteractionHandler>();
        services.AddSingleton<AutocompleteInteractionHandler>();
        services.AddSingleton<InteractionEndpoint>();
        services.AddSingleton<ReplyDelivery>();
        services.AddTransient<CommandRegistrar>();
        services.AddHostedService<PendingRepliesDrainService>();

        AddRestClient(services);
        services.AddTransient<Core.Commands.IChannelPoster, DiscordChannelPoster>();
        if (options.Gateway.Enabled)
        {
            services.AddDiscordGateway();
        }

        return services;
    }

    /// <summary>True when <see cref="AddDiscordAdapter"/> registered the adapter (the section exists and is enabled).</summary>
    public static bool HasDiscordAdapter(this IServiceProvider services) => services.GetService<DiscordAdapterMarker>() is not null;

    /// <summary>Maps <c>POST /discord/interactions</c> when the adapter is registered; otherwise maps nothing.</summary>
    public static IEndpointRouteBuilder MapDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.HasDiscordAdapter())
        {
            return endpoints;
        }

        var endpoint = endpoints.ServiceProvider.GetRequiredService<InteractionEndpoint>();
        endpoints.MapPost(InteractionsPath, endpoint.HandleAsync).WithName("DiscordInteractions").ExcludeFromDescription();
        return endpoints;
    }

    private static void AddRestClient(IServiceCollection services)
    {
        services.AddSingleton<RateLimitState>();
        services.AddTransient<DiscordRateLimitHandler>();
        var client = services.AddHttpClient<DiscordRestClient>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                client.BaseAddress = new Uri(options.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/");
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {Version})");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan) // singletons hold the client; the pooled connection lifetime handles DNS changes
            .RemoveAllLoggers(); // the default loggers write request URLs, and webhook URLs hold interaction tokens
        client.AddResilienceHandler("discord-rest", DiscordRetryPolicy.Configure);
        client.AddHttpMessageHandler<DiscordRateLimitHandler>();
    }

    private static string Version =>
        typeof(DependencyInjection).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";

    /// <summary>Present when the adapter is enabled, so <see cref="MapDiscordEndpoints"/> knows whether to map.</summary>
    private sealed class DiscordAdapterMarker;
}
