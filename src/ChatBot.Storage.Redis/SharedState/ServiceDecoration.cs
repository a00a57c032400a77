using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Storage.Redis.SharedState;

/// <summary>
/// Wraps whatever is registered for a service (LiteDB's store, Core's in-memory one, the local gate) in a decorator.
/// The registration it replaces moves to a keyed one, so the container still creates and disposes the inner service
/// (LiteDB's replay store flushes on dispose).
/// </summary>
internal static class ServiceDecoration
{
    private const string InnerKey = "ChatBot.Storage.Redis:local";

    /// <summary>False, and nothing changes, when nothing is registered for <typeparamref name="TService"/>.</summary>
    public static bool Decorate<TService>(this IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
        if (existing is null)
        {
            return false;
        }

        foreach (var plain in services.Where(d => d.ServiceType == typeof(TService) && !d.IsKeyedService).ToList())
        {
            services.Remove(plain);
        }

        services.Add(AsKeyed(existing));
        services.Add(new ServiceDescriptor(typeof(TService), sp => decorate(sp, sp.GetRequiredKeyedService<TService>(InnerKey)), existing.Lifetime));
        return true;
    }

    private static ServiceDescriptor AsKeyed(ServiceDescriptor existing) => existing switch
    {
        { ImplementationInstance: { } instance } => new ServiceDescriptor(existing.ServiceType, InnerKey, instance),
        { ImplementationFactory: { } factory } => new ServiceDescriptor(existing.ServiceType, InnerKey, (sp, _) => factory(sp), existing.Lifetime),
        { ImplementationType: { } type } => new ServiceDescriptor(existing.ServiceType, InnerKey, type, existing.Lifetime),
        _ => throw new InvalidOperationException($"The registration of {existing.ServiceType.Name} cannot be decorated."),
    };
}
