using ChatBot.Core.Commands;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>Wraps the host's real command layer and counts every call that reaches it.</summary>
internal sealed class CountingDispatcher
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    /// <summary>Replaces the registered <see cref="ICommandDispatcher"/> with a counting wrapper around it.</summary>
    public void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ICommandDispatcher));
        services.Remove(original);
        services.AddSingleton<ICommandDispatcher>(sp => new Counted(this, Create(sp, original)));
    }

    private static ICommandDispatcher Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as ICommandDispatcher
        ?? (ICommandDispatcher?)descriptor.ImplementationFactory?.Invoke(services)
        ?? (ICommandDispatcher)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);

    private sealed class Counted(CountingDispatcher counter, ICommandDispatcher inner) : ICommandDispatcher
    {
        public Task<Reply> DispatchAsync(CommandRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref counter.calls);
            return inner.DispatchAsync(request, cancellationToken);
        }

        public Task<Reply> DispatchComponentAsync(ComponentRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref counter.calls);
            return inner.DispatchComponentAsync(request, cancellationToken);
        }

        public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref counter.calls);
            return inner.AutocompleteAsync(request, focusedOption, cancellationToken);
        }

        public bool ExpectsSlowReply(CommandRequest request) => inner.ExpectsSlowReply(request);
    }
}
