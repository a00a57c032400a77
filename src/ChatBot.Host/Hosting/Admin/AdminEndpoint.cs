using System.Net;
using System.Security.Cryptography;
using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>
/// While `serve` holds the database, `chatbot factcards list/export/import` reach it through this host instead of
/// the file, so moderators change cards without stopping the bot, through the same stores and the same durability
/// (each change checkpointed, recorded in the moderation log) as chat commands. It listens on 127.0.0.1 only, on a
/// port of its own apart from the public endpoints (nothing a reverse proxy forwards can reach it), and accepts a
/// random token that it writes, owner-only, beside the database (<see cref="AdminHandoff"/>). It starts once the host
/// has started and only when this process holds the database; it stops, and removes the file, before the host stops.
/// </summary>
internal sealed class AdminEndpoint(IServiceProvider services, ChatBotDatabase database, IOptions<AdminOptions> options, ILogger<AdminEndpoint> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private WebApplication? app;
    private AdminHandoff? handoff;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || !database.EnsureOpened().IsOpen)
        {
            return;
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = AdminRequests.MaxBodyBytes;
        });
        app = builder.Build();
        app.Run(new AdminRequests(services, database.Path, token).HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            handoff = new AdminHandoff(url, token, Environment.ProcessId);
            handoff.Write(database.Path);
            logger.LogInformation("Admin endpoint for `chatbot factcards` on {Url}; its token is in {File} (owner-only)", url, AdminHandoff.PathFor(database.Path));
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            logger.LogWarning("No admin endpoint: `chatbot factcards` cannot reach the database while the bot runs ({Reason})", e.Message.Split('\n')[0].Trim());
            handoff = null;
            await StopAppAsync(cancellationToken);
        }
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        RemoveHandoff();
        await StopAppAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        RemoveHandoff();
        if (app is not null)
        {
            await app.DisposeAsync();
            app = null;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void RemoveHandoff()
    {
        try
        {
            handoff?.Remove(database.Path);
        }
        catch (Exception e) when (FileFailure.Is(e))
        {
            logger.LogWarning("Cannot remove {File} ({Reason}); the next `chatbot factcards` will find nobody there and open the database itself", AdminHandoff.PathFor(database.Path), e.Message.Split('\n')[0].Trim());
        }

        handoff = null;
    }

    private async Task StopAppAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
            app = null;
        }
    }
}
