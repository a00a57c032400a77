using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatBot.Storage.Redis;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the shared Redis connection (<c>ConnectionStrings:Redis</c>). Nothing else changes when the connection
    /// string is empty: the services built on Redis are added only when it is configured.
    /// </summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services)
    {
        services.AddOptions<RedisOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(RedisOptions.ConnectionStringName))
            .BindConfiguration(RedisOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());
        services.TryAddSingleton<RedisConnection>();
        return services;
    }
}
