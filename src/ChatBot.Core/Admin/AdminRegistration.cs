using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Admin;

/// <summary>The console's Core part: options, links, the /admin command, and in-memory defaults storage replaces.</summary>
public static class AdminRegistration
{
    public static IServiceCollection AddAdminConsoleCore(this IServiceCollection services)
    {
        services.AddValidatedOptions<AdminConsoleOptions, AdminConsoleOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConsumedNonceStore, InMemoryConsumedNonceStore>();
        services.TryAddSingleton<IActivityLog, EmptyActivityLog>();
        services.TryAddSingleton<AdminLinks>();
        services.AddSingleton<ICommandHandler, AdminCommandHandler>();
        return services;
    }
}
