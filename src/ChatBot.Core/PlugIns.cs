using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core;

/// <summary>
/// The one way an optional part (storage, the LLM, the sentence encoder, the host's mechanisms) takes the place of a
/// service Core provides. Core registers every default with <c>TryAdd</c>; a plug-in registers with
/// <see cref="AddPlugIn{TService, TImplementation}(IServiceCollection)"/>, which removes whatever is registered for
/// the service and adds its own. So the order of <c>AddChatBotCore</c> and the plug-ins' <c>AddXxx</c> calls does not
/// matter: called before Core, the plug-in's registration makes Core's <c>TryAdd</c> a no-op; called after, it removes
/// Core's default. Two plug-ins for the same service are a composition mistake the host decides (last one wins).
/// </summary>
public static class PlugIns
{
    public static IServiceCollection AddPlugIn<TService, TImplementation>(this IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.RemoveAll<TService>();
        return services.AddSingleton<TService, TImplementation>();
    }

    public static IServiceCollection AddPlugIn<TService>(this IServiceCollection services, Func<IServiceProvider, TService> factory)
        where TService : class
    {
        services.RemoveAll<TService>();
        return services.AddSingleton(factory);
    }

    public static IServiceCollection AddPlugIn<TService>(this IServiceCollection services, TService instance)
        where TService : class
    {
        services.RemoveAll<TService>();
        return services.AddSingleton(instance);
    }
}
