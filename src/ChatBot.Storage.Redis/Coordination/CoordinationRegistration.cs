using ChatBot.Core;
using ChatBot.Core.Coordination;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Storage.Redis.Coordination;

public static class CoordinationRegistration
{
    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set: gateway shard leases and corpus reload notices go through Redis, so
    /// several replicas share them. Without it nothing changes (Core's single-replica defaults stay).
    /// </summary>
    public static IServiceCollection AddRedisCoordination(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(RedisOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        services.AddRedisConnection();
        services.AddPlugIn<ILeaseStore, RedisLeaseStore>();
        services.AddPlugIn<ICorpusReloadBus, RedisCorpusReloadBus>();
        return services;
    }
}
