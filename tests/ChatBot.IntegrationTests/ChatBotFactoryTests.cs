using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.IntegrationTests;

public sealed class ChatBotFactoryTests
{
    /// <summary>
    /// Two threads dispose a test host: the factory's, and the program's own (<c>RunAsync</c> disposes the host once it
    /// has stopped); the second to get there returns at once. The probe makes the program's thread the first, as it
    /// sometimes is by chance: before, the factory then returned while the host still held the database (seen in CI as a
    /// replay refused before a restart and accepted after it, and as a temp folder that would not delete).
    /// </summary>
    [Fact]
    public async Task Dispose_ReturnsOnlyOnceTheHostHasDisposedEveryService()
    {
        var probe = new DisposalProbe();
        var factory = new ProbedFactory(probe);
        _ = factory.Services.GetRequiredService<DisposalProbe>();

        await factory.DisposeAsync();

        Assert.True(probe.DisposedByTheProgram);
        Assert.True(probe.Disposed);
        Assert.False(Directory.Exists(factory.DataDirectory));
    }

    /// <summary>
    /// Holds the factory's stop until the program's thread has begun disposing the services, then lets go of them slowly,
    /// as the database does while it writes its manifest and checkpoints.
    /// </summary>
    private sealed class DisposalProbe : IHostedService, IDisposable
    {
        private readonly TaskCompletionSource disposing = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int stops;
        private int disposals;

        public bool Disposed { get; private set; }

        public bool DisposedByTheProgram { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        // The first stop is the factory's; the program's own stop comes while it waits.
        public Task StopAsync(CancellationToken cancellationToken) =>
            Interlocked.Increment(ref stops) == 1 ? disposing.Task.WaitAsync(TimeSpan.FromSeconds(10)) : Task.CompletedTask;

        public void Dispose()
        {
            // Registered as itself and as a hosted service, so the container disposes it twice.
            if (Interlocked.Exchange(ref disposals, 1) == 1)
            {
                return;
            }

            DisposedByTheProgram = !disposing.Task.IsCompleted && Volatile.Read(ref stops) >= 2;
            disposing.TrySetResult();
            using var never = new ManualResetEventSlim();
            never.Wait(TimeSpan.FromMilliseconds(300));
            Disposed = true;
        }
    }

    private sealed class ProbedFactory(DisposalProbe probe) : ChatBotFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(_ => probe);
                services.AddHostedService(sp => sp.GetRequiredService<DisposalProbe>());
            });
        }
    }
}
