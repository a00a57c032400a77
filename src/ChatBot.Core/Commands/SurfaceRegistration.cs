using ChatBot.Core.Checking;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Commands.Home;
using ChatBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Core.Commands;

/// <summary>
/// Registers what the message surfaces need: the claim checker behind "Check with sources" and its command, each
/// person's recent questions (in memory unless the database adapter keeps them) and the home page they appear on.
/// </summary>
internal static class SurfaceRegistration
{
    public static IServiceCollection AddChatSurfaces(this IServiceCollection services)
    {
        services.TryAddSingleton<ClaimChecker>();
        services.AddSingleton<ICommandHandler, CheckCommandHandler>();
        services.TryAddSingleton<IQuestionHistory>(sp => new InMemoryQuestionHistory(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<HomePageBuilder>();
        return services;
    }
}
