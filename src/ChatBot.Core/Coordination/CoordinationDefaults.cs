using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Coordination;

public static class CoordinationDefaults
{
    /// <summary>
    /// One replica: leases in this process, no reload notices. A shared store (Redis) replaces these with
    /// <see cref="PlugIns.AddPlugIn{TService, TImplementation}(IServiceCollection)"/>.
    /// </summary>
    public static IServiceCollection AddCoordinationDefaults(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReplicaId.New());
        services.TryAddSingleton<ILeaseStore, InProcessLeaseStore>();
        services.TryAddSingleton<ICorpusReloadBus>(SingleReplicaReloadBus.Instance);
        return services;
    }
}
