using ChatBot.Core;
using ChatBot.Core.Admin;
using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Storage.Redis.SharedState;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis;

public static class SharedStateRegistration
{
    /// <summary>
    /// Shares the replicas' state through Redis (<c>ConnectionStrings:Redis</c>, settings <c>ChatBot:Redis</c>): rate
    /// limits, Slack event de-duplication, the replay guard, sign-in link nonces and a second answer-cache level. Each
    /// decorates the service registered now (LiteDB's, Core's in-memory one, the local gate), which it falls back to
    /// while Redis is unreachable — so call this after the stores, the adapters and the rate limits are registered.
    /// The host calls it only when the connection string is set.
    /// </summary>
    public static IServiceCollection AddRedisSharedState(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(RedisFallback)))
        {
            return services;
        }

        services.AddRedisConnection();
        services.AddValidatedOptions<RedisSharedStateOptions, RedisSharedStateOptionsValidator>().BindConfiguration(RedisSharedStateOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RedisFallback>(sp));
        services.AddSingleton<RedisReadiness>();

        services.Decorate<IRequestGate>((sp, local) => new RedisRequestGate(local, Fallback(sp), sp.GetRequiredService<IOptions<RateLimitOptions>>(), Time(sp)));
        services.Decorate<ISeenEventStore>((sp, local) => new RedisSeenEventStore(local, Fallback(sp)));
        services.Decorate<IReplayStore>((sp, local) => new RedisReplayStore(local, Fallback(sp), Time(sp)));
        services.Decorate<IConsumedNonceStore>((sp, local) => new RedisConsumedNonceStore(local, Fallback(sp), Time(sp)));
        if (services.Decorate<IAnswerCache>((sp, local) => new RedisAnswerCache(local, Fallback(sp), sp.GetRequiredService<IOptions<RedisSharedStateOptions>>())))
        {
            // Records that take IAnswerCache (Core's, PostgreSQL's) write through this decorator already; a database that
            // writes its cache in its own transaction (LiteDB's) does not, so its records pass the entries on.
            var records = services.LastOrDefault(d => d.ServiceType == typeof(IAnswerRecords) && !d.IsKeyedService);
            if (records is not null && !WritesThroughAnswerCache(records))
            {
                services.Decorate<IAnswerRecords>((sp, local) => new RedisAnswerRecords(local, (RedisAnswerCache)sp.GetRequiredService<IAnswerCache>()));
            }
        }

        return services;
    }

    /// <summary>True when the registered type is built from an <see cref="IAnswerCache"/>; a factory registration is not known to, so it is decorated (at worst one extra SET).</summary>
    private static bool WritesThroughAnswerCache(ServiceDescriptor records) =>
        records.ImplementationType is { } type
        && type.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IAnswerCache)));

    private static RedisFallback Fallback(IServiceProvider services) => services.GetRequiredService<RedisFallback>();

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
