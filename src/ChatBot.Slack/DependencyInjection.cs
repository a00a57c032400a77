using ChatBot.Core;
using ChatBot.Core.Storage;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Endpoints;
using ChatBot.Slack.Handling;
using ChatBot.Slack.Security;
using ChatBot.Slack.SocketMode;
using ChatBot.Slack.WebApi;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack;

/// <summary>
/// <c>AddSlackAdapter</c> registers the adapter when the <c>ChatBot:Slack</c> section exists (and is not
/// <c>Enabled: false</c>); <c>MapSlackEndpoints</c> maps /slack/commands, /slack/events and /slack/interactions
/// in HTTP mode. Without the section both do nothing, so every Slack feature is off.
/// </summary>
public static class DependencyInjection
{
    public const string RoutePrefix = "/slack";

    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.SectionName);
        var options = section.Get<SlackOptions>() ?? new SlackOptions();
        if (!section.Exists() || !options.Enabled)
        {
            return services;
        }

        services.AddValidatedOptions<SlackOptions, SlackOptionsValidator>().BindConfiguration(SlackOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISeenEventStore, InMemorySeenEventStore>();
        services.TryAddSingleton<IReplayStore, InMemoryReplayStore>(); // the database adapter's stores replace both, before or after (Core.PlugIns)

        services.AddSingleton<SlackAdapterMarker>();
        services.AddSingleton(sp =>
        {
            var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new Core.Commands.ChannelAllowList(Core.Commands.ChatPlatform.Slack, slack.AllowedChannelIds, slack.AllowDirectMessages);
        });
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackReplayGuard>();
        services.AddSingleton<SlackDirectoryCache>();
        services.AddSingleton<SlackWork>();
        services.AddHostedService<SlackShutdown>();
        services.AddTransient<SlackUserResolver>();
        services.AddTransient<SlackDispatch>();
        services.AddTransient<SlackReplySender>();
        services.AddTransient<Core.Commands.IChannelPoster, SlackChannelPoster>();
        services.AddTransient<SlackPictureUploader>();
        services.AddTransient<SlashCommandHandler>();
        services.AddTransient<EventCallbackHandler>();
        services.AddTransient<MessageEventAnswerer>();
        services.AddTransient<InteractionHandler>();
        services.AddSingleton<AppHomeThrottle>();
        services.AddTransient<AppHomePublisher>();

        services.AddHttpClient<SlackApiClient>((provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // A response_url is checked before the post; a redirect from it would lead anywhere (an internal address), unchecked.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers() // the default loggers write request URLs, and a response_url is a capability to post into the workspace
            .AddStandardResilienceHandler(ConfigureResilience);

        if (options.Mode == SlackMode.Socket)
        {
            services.AddSingleton<SlackSocketModeService>();
            services.AddHostedService(provider => provider.GetRequiredService<SlackSocketModeService>());
        }

        return services;
    }

    /// <summary>True when <see cref="AddSlackAdapter"/> registered the adapter (the section exists and is enabled).</summary>
    public static bool HasSlackAdapter(this IServiceProvider services) => services.GetService<SlackAdapterMarker>() is not null;

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.HasSlackAdapter()
            || endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.Mode != SlackMode.Http)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup(RoutePrefix).AddEndpointFilter<SlackSignatureFilter>().WithTags("Slack");
        group.MapPost(SlackCommandsEndpoint.Path, SlackCommandsEndpoint.HandleAsync);
        group.MapPost(SlackEventsEndpoint.Path, SlackEventsEndpoint.HandleAsync);
        group.MapPost(SlackInteractionsEndpoint.Path, SlackInteractionsEndpoint.HandleAsync);
        return endpoints;
    }

    // Slack answers 429 with Retry-After and 5xx when it is in trouble: retry both, waiting as told.
    private static void ConfigureResilience(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.MaxDelay = TimeSpan.FromSeconds(60);
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(120);
    }
}
