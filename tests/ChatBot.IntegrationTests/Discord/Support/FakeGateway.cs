using System.Net.WebSockets;
using System.Threading.Channels;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>A loopback WebSocket server that tests script as Discord's gateway, one accepted connection at a time.</summary>
internal sealed class FakeGateway : LoopbackServer
{
    private readonly Channel<GatewayPeer> connections = Channel.CreateUnbounded<GatewayPeer>();
    private int count;

    public Uri Url => new($"ws://{BaseAddress.Authority}/gateway");

    public Uri ResumeUrl => new($"ws://{BaseAddress.Authority}/resume");

    public int ConnectionCount => count;

    public static async Task<FakeGateway> StartAsync()
    {
        var gateway = new FakeGateway();
        await gateway.ListenAsync();
        return gateway;
    }

    public async Task<GatewayPeer> NextConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await connections.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeConnection(out GatewayPeer? peer) => connections.Reader.TryRead(out peer);

    protected override void Map(WebApplication application)
    {
        application.UseWebSockets();
        application.Run(AcceptAsync);
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
