using ChatBot.Core.Commands;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// The host's real dispatcher, but each command waits until the test lets it go, as a slow model would: the
/// adapter must answer with a deferral first and deliver the real reply as an edit.
/// </summary>
internal sealed class HeldDispatcher(ICommandDispatcher inner) : ICommandDispatcher
{
    private readonly SemaphoreSlim gate = new(0);

    /// <summary>Replaces the host's dispatcher registration with one wrapped in a <see cref="HeldDispatcher"/>.</summary>
    public static void Install(IServiceCollection services, Action<HeldDispatcher> created)
    {
        var real = services.Last(d => d.ServiceType == typeof(ICommandDispatcher));
        services.Remove(real);
        services.AddSingleton<ICommandDispatcher>(sp =>
        {
            var held = new HeldDispatcher((ICommandDispatcher)real.ImplementationFactory!(sp));
            created(held);
            return held;
        });
    }

    /// <summary>Lets one waiting (or the next) command through.</summary>
    public void Release() => gate.Release();

    public async Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        return await inner.DispatchAsync(request, cancellationToken);
    }

    public Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default) =>
        inner.DispatchComponentAsync(request, cancellationToken);

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default) =>
        inner.AutocompleteAsync(request, focusedOption, cancellationToken);

    public bool ExpectsSlowReply(CommandRequest request) => true;
}
