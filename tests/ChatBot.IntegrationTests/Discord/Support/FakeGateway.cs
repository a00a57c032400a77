using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.UnitTests.Discord.Support;

/// <summary>A loopback WebSocket server that tests script as Discord's gateway, one accepted connection at a time.</summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<GatewayPeer> connections = Channel.CreateUnbounded<GatewayPeer>();
    private int count;

    private FakeGateway(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    public Uri ResumeUrl { get; private set; } = null!;

    public int ConnectionCount => count;

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var gateway = new FakeGateway(builder.Build());
        gateway.app.UseWebSockets();
        gateway.app.Run(gateway.AcceptAsync);
        await gateway.app.StartAsync();
        var address = new Uri(gateway.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        gateway.Url = new Uri($"ws://{address.Authority}/gateway");
        gateway.ResumeUrl = new Uri($"ws://{address.Authority}/resume");
        return gateway;
    }

    public async Task<GatewayPeer> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await connections.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeConnection(out GatewayPeer? peer) => connections.Reader.TryRead(out peer);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref count);
        var peer = new GatewayPeer(socket, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "");
        connections.Writer.TryWrite(peer);
        await peer.RunAsync(context.RequestAborted);
    }
}
