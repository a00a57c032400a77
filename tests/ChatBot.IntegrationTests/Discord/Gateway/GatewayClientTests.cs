using ChatBot.Discord.Gateway;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.Logging;

namespace ChatBot.IntegrationTests.Discord.Gateway;

public sealed class GatewayClientTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(GatewayHarness.HeartbeatMs);

    [Fact]
    public async Task AfterHello_IdentifiesWithTheMessageIntents_AndConnectsWithVersionAndEncoding()
    {
        await using var harness = await GatewayHarness.StartAsync();

        var (peer, identify) = await harness.IdentifiedAsync();

        var data = identify["d"]!;
        Assert.Equal(DiscordTestHost.BotToken, (string)data["token"]!);
        Assert.Equal(4609, (int)data["intents"]!);
        Assert.Equal([0, 1], data["shard"]!.AsArray().Select(n => (int)n!));
        Assert.Equal("chatbot", (string)data["properties"]!["browser"]!);
        Assert.Equal(("/gateway", "?v=10&encoding=json"), (peer.Path, peer.Query));
        Assert.DoesNotContain(DiscordTestHost.BotToken, harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heartbeats_GoOutEveryInterval_WithTheLastSequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();
        await peer.SendAsync("""{"op":0,"s":7,"t":"GUILD_CREATE","d":{"id":"1"}}""");
        await peer.SendAsync("""{"op":1,"d":null}""");
        var requested = await peer.ReceiveOpAsync(1);

        harness.Clock.Advance(Interval);
        var first = await peer.ReceiveOpAsync(1);
        await peer.SendAsync("""{"op":11}""");
        await peer.SendAsync("""{"op":1,"d":null}"""); // answered in order, so once it is, the ACK has been read
        await peer.ReceiveOpAsync(1);
        harness.Clock.Advance(Interval);
        var second = await peer.ReceiveOpAsync(1);

        Assert.Equal(7, (int)requested["d"]!);
        Assert.Equal(7, (int)first["d"]!);
        Assert.Equal(7, (int)second["d"]!);
        Assert.Equal(GatewayState.Ready, harness.Client.State);
    }

    [Fact]
    public async Task HeartbeatRequest_IsAnsweredAtOnce()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        await peer.SendAsync("""{"op":1,"d":null}""");

        Assert.Equal(1, (int)(await peer.ReceiveOpAsync(1))["d"]!);
    }

    [Fact]
    public async Task Shutdown_ClosesNormally_SoDiscordEndsTheSessionAtOnce()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        await harness.StopAsync();

        Assert.Equal(1000, await peer.Closed.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(GatewayState.Stopped, harness.Client.State);
    }

    [Fact]
    public async Task Shutdown_WhileWaitingForReady_ClosesNormallyToo()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var (peer, _) = await harness.IdentifiedAsync();

        await harness.StopAsync();

        Assert.Equal(1000, await peer.Closed.WaitAsync(TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public async Task MissingHeartbeatAck_IsAZombie_SoTheClientReconnectsAndResumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        harness.Clock.Advance(Interval);
        await peer.ReceiveOpAsync(1);
        harness.Clock.Advance(Interval);
        var closeCode = await peer.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        var resumed = await harness.Gateway.NextConnectionAsync();
        await resumed.SendHelloAsync(GatewayHarness.HeartbeatMs);
        var resume = await resumed.ReceiveOpAsync(6);

        Assert.NotEqual(1000, closeCode);
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(("session-1", 1), ((string)resume["d"]!["session_id"]!, (int)resume["d"]!["seq"]!));
    }

    [Fact]
    public async Task Reconnect_ClosesResumably_AndResumesOnTheResumeUrl()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();
        await peer.SendAsync("""{"op":0,"s":5,"t":"GUILD_CREATE","d":{"id":"1"}}""");

        await peer.SendAsync("""{"op":7,"d":null}""");
        var closeCode = await peer.Closed.WaitAsync(TimeSpan.FromSeconds(15));
        var resumed = await harness.Gateway.NextConnectionAsync();
        await resumed.SendHelloAsync(GatewayHarness.HeartbeatMs);
        var resume = await resumed.ReceiveOpAsync(6);
        await resumed.SendAsync("""{"op":0,"s":6,"t":"RESUMED","d":{}}""");
        await harness.WaitUntilAsync(() => harness.Client.State == GatewayState.Ready);

        Assert.Equal(4000, closeCode);
        Assert.Equal(("/resume", "?v=10&encoding=json"), (resumed.Path, resumed.Query));
        Assert.Equal(5, (int)resume["d"]!["seq"]!);
        Assert.Equal(DiscordTestHost.BotToken, (string)resume["d"]!["token"]!);
    }

    [Theory]
    [InlineData(false, "/gateway", 2)]
    [InlineData(true, "/resume", 6)]
    public async Task InvalidSession_ResumesOrIdentifiesAfresh(bool resumable, string expectedPath, int expectedOp)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        await peer.SendAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}}}""");
        var next = await harness.Gateway.NextConnectionAsync();
        await next.SendHelloAsync(GatewayHarness.HeartbeatMs);
        var first = await next.ReceiveOpAsync(expectedOp);

        Assert.Equal(expectedPath, next.Path);
        Assert.Equal(expectedOp, (int)first["op"]!);
    }

    [Fact]
    public async Task ResumableCloseCode_Resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var peer = await harness.ReadyAsync();

        await peer.CloseAsync(4000);
        var next = await harness.Gateway.NextConnectionAsync();
        await next.SendHelloAsync(GatewayHarness.HeartbeatMs);

        Assert.Equal(6, (int)(await next.ReceiveOpAsync(6))["op"]!);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task CloseCodeThatMustNotBeRetried_StopsForGood_WithAClearLogLine(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var (peer, _) = await harness.IdentifiedAsync();

        await peer.CloseAsync(code);
        await harness.Run.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(GatewayState.Stopped, harness.Client.State);
        Assert.Equal(1, harness.Gateway.ConnectionCount);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Critical && e.Text.Contains($"closed with {code}", StringComparison.Ordinal));
    }
}
