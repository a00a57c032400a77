using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests;

/// <summary>
/// Tells when a test host's container has disposed everything it holds. Two threads dispose a
/// <c>WebApplicationFactory</c> host: the factory's, and the program's own (<c>RunAsync</c> disposes the host when it
/// stops). Whichever comes second finds the container already disposing and returns at once, so a test could go on
/// (start a second host on the same database, delete the folder) while the first still holds the database's lock or
/// writes its manifest. The witness is the container's first service, so it is disposed last: once it is, the host
/// has let go of everything.
/// </summary>
internal sealed class ContainerDisposal : IServiceProviderFactory<IServiceCollection>
{
    private readonly List<Witness> witnesses = [];

    public IServiceCollection CreateBuilder(IServiceCollection services) => services;

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder)
    {
        var witness = new Witness();
        // Through a factory: the container disposes what it hands out that way, never an instance it was given.
        containerBuilder.AddSingleton(_ => witness);
        var provider = containerBuilder.BuildServiceProvider();
        _ = provider.GetRequiredService<Witness>();
        lock (witnesses)
        {
            witnesses.Add(witness);
        }

        return provider;
    }

    /// <summary>Waits until every container this factory built has been disposed; false if one still is not after <paramref name="limit"/>.</summary>
    public bool WaitForAll(TimeSpan limit)
    {
        Task[] pending;
        lock (witnesses)
        {
            pending = [.. witnesses.Select(w => w.Disposed)];
        }

        return Task.WaitAll(pending, limit);
    }

    private sealed class Witness : IDisposable
    {
        private readonly TaskCompletionSource disposed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Disposed => disposed.Task;

        public void Dispose() => disposed.TrySetResult();
    }
}
