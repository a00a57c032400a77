using ChatBot.Core.Commands;
using ChatBot.UnitTests.Commands;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>
/// The shared gate behaves as the local one (<see cref="RequestGateScenarios"/>, with a local gate behind it that must not
/// be asked), and two replicas on one Redis hold one user to one limit.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisRequestGateTests(RedisServerFixture redis) : RequestGateScenarios, IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly string prefix = RedisReplica.NewPrefix();
    private readonly List<RedisReplica> replicas = [];

    [Fact]
    public async Task TwoReplicas_HoldOneUserToOneLimit_AndOtherUsersToTheirOwn()
    {
        var options = new RateLimitOptions { UserBurst = 3, UserPerMinute = 6 };
        var first = Gate(options);
        var second = Gate(options);

        var answers = new List<GateRefusal?>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await (i % 2 == 0 ? first : second).CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        }

        var otherUser = await second.CheckAsync(ChatPlatform.Slack, "u2", "c1");
        Time.Advance(TimeSpan.FromSeconds(10));
        var afterOnePeriod = await second.CheckAsync(ChatPlatform.Slack, "u1", "c1");
        var andAgain = await first.CheckAsync(ChatPlatform.Slack, "u1", "c1");

        Assert.Equal([null, null, null], answers.Take(3));
        Assert.Equal("user", answers[3]?.Scope);
        Assert.Null(otherUser);
        Assert.Null(afterOnePeriod);
        Assert.Equal("user", andAgain?.Scope);
    }

    [Fact]
    public async Task ManyConcurrentRequestsFromTwoReplicas_TakeExactlyTheBurst()
    {
        var options = new RateLimitOptions { UserBurst = 5, UserPerMinute = 1 };
        var first = Gate(options);
        var second = Gate(options);
        // Connected and the script loaded first (another user), so the burst measures the bucket, not a cold connection
        // racing the client's 1 s timeout on a loaded machine.
        await first.CheckAsync(ChatPlatform.Discord, "warm-up", "c");
        await second.CheckAsync(ChatPlatform.Discord, "warm-up", "c");

        var checks = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? first : second).CheckAsync(ChatPlatform.Discord, "u1", $"c{i}"));
        var answers = await Task.WhenAll(checks);

        Assert.Equal(5, answers.Count(a => a is null));
        Assert.All(answers.Where(a => a is not null), a => Assert.Equal("user", a!.Scope));
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString + ",allowAdmin=true");
        var commands = (await admin.GetServers()[0].InfoAsync("commandstats")).SelectMany(group => group).Select(stat => stat.Key);
        Assert.Contains("cmdstat_evalsha", commands);
    }

    [Fact]
    public async Task WithTheRateLimitsTurnedOff_NothingIsRefused_AndOnlyTheLocalTurnIsTaken()
    {
        var gate = Gate(new RateLimitOptions { Enabled = false, UserBurst = 1, UserPerMinute = 1, PressBurst = 1, PressPerMinute = 1 });

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
            Assert.Null(await gate.CheckPressAsync(ChatPlatform.Slack, "u1"));
        }
    }

    [Fact]
    public async Task OutsideTheAllowList_TheLocalListRefuses_BeforeASharedTokenIsSpent()
    {
        var replica = new RedisReplica(redis.Server, prefix, Time);
        replicas.Add(replica);
        var gate = replica.Gate(new RateLimitOptions { UserBurst = 1, UserPerMinute = 1 }, Time, new RequestGate(null, Time, allowLists: [new ChannelAllowList(ChatPlatform.Slack, ["C1"])]));

        var outside = await gate.CheckAsync(ChatPlatform.Slack, "u1", "C9");
        var press = await gate.CheckPressAsync(ChatPlatform.Slack, "u1", "C9");

        Assert.Equal(ChannelAllowList.Scope, outside?.Scope);
        Assert.Equal(ChannelAllowList.Scope, press?.Scope);
        Assert.Null(await gate.CheckAsync(ChatPlatform.Slack, "u1", "C1"));
        Assert.Equal("user", (await gate.CheckAsync(ChatPlatform.Slack, "u1", "C1"))?.Scope);
    }

    /// <summary>A replica's Redis gate, with a local gate behind it that fails the test if it is ever asked.</summary>
    protected override IRequestGate Gate(RateLimitOptions options)
    {
        var replica = new RedisReplica(redis.Server, prefix, Time);
        replicas.Add(replica);
        return replica.Gate(options, Time, new UnusedGate());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }
    }
}
