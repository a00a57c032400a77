using System.Diagnostics;
using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real `chatbot serve` processes with the Discord gateway on, sharing one Redis and one loopback gateway: one of
/// them holds the shard; when that process is killed (SIGKILL: no shutdown, its lease is not released) the other
/// identifies for the same shard once the lease has expired in Redis. The lease is set to 2 s (renewed every 0.5 s)
/// instead of 15 s / 5 s, so this waits a few seconds of real time for Redis's own key expiry.
/// </summary>
public sealed class GatewayFailoverProcessTests : IAsyncLifetime
{
    private const string Taken = "shard 0/1: lease taken";
    private static readonly TimeSpan LeaseTimeToLive = TimeSpan.FromSeconds(2);
    private FakeGateway gateway = null!;
    private ServeReplicas replicas = null!;

    [Fact]
    public async Task KillingTheProcessThatHoldsTheShard_MovesTheShardToTheOtherProcess()
    {
        var (firstPeer, firstIdentify) = await IdentifiedAsync();
        await firstPeer.SendReadyAsync("900000000000000001", gateway.ResumeUrl);
        var first = replicas[0].WaitForLogAsync(Taken);
        await Task.WhenAny(first, replicas[1].WaitForLogAsync(Taken));
        var (holder, other) = first.IsCompleted ? (replicas[0], replicas[1]) : (replicas[1], replicas[0]);
        var otherHeldItBefore = other.Log.Contains(Taken, StringComparison.Ordinal);

        var killedAt = Stopwatch.StartNew();
        await holder.KillAsync();
        await firstPeer.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        var (_, secondIdentify) = await IdentifiedAsync();
        var movedAfter = killedAt.Elapsed;

        Assert.Equal([0, 1], Shard(firstIdentify));
        Assert.Equal([0, 1], Shard(secondIdentify));
        Assert.False(otherHeldItBefore);
        await other.WaitForLogAsync(Taken);
        Assert.Equal(2, gateway.ConnectionCount);
        Assert.True(movedAfter < LeaseTimeToLive * 5, $"the shard moved after {movedAfter.TotalSeconds:F1} s");
    }

    public async Task InitializeAsync()
    {
        gateway = await FakeGateway.StartAsync();
        replicas = await ServeReplicas.StartAsync(
            [
                "--ChatBot:Discord:BotToken=gateway-failover-token",
                "--ChatBot:Discord:Gateway:Enabled=true", $"--ChatBot:Discord:Gateway:Url={gateway.Url}",
                "--ChatBot:Discord:Gateway:ReconnectDelay=00:00:00",
                $"--ChatBot:Discord:Gateway:LeaseTimeToLive={LeaseTimeToLive}", "--ChatBot:Discord:Gateway:LeaseRenewInterval=00:00:00.500",
            ],
            [],
            []);
    }

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }

        await gateway.DisposeAsync();
    }

    private static int[] Shard(JsonObject identify) => [.. identify["d"]!["shard"]!.AsArray().Select(n => (int)n!)];

    private async Task<(GatewayPeer Peer, JsonObject Identify)> IdentifiedAsync()
    {
        var peer = await gateway.NextConnectionAsync();
        await peer.SendHelloAsync(41250);
        return (peer, await peer.ReceiveOpAsync(2));
    }
}
