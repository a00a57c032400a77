using System.Net;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>
/// The plumbing every fake platform server shares: Kestrel on 127.0.0.1 with a port the OS picks, no logging, started
/// and stopped with the test. A subclass maps the routes that speak its service's wire format.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>The server's root, ending in a slash (<c>http://127.0.0.1:PORT/</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Builds the application, lets the subclass map its routes, and starts listening.</summary>
    protected async Task ListenAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        app = builder.Build();
        Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The routes (and middleware such as WebSockets) of the service this server stands in for.</summary>
    protected abstract void Map(WebApplication application);
}
