using ChatBot.Core.Commands;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>
/// The shared gate behaves as the local one: the scenarios of <c>RequestGateTests</c> run through both (the Redis gate
/// with a local gate that must not be asked), and two replicas on one Redis hold one user to one limit.
/// </summary>
public sealed class RedisRequestGateTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));
    private readonly string prefix = RedisReplica.NewPrefix();
    private readonly List<RedisReplica> replicas = [];

    public static TheoryData<string> Gates => ["local", "redis"];

    [Theory]
    [MemberData(nameof(Gates))]
    public async Task User_IsRefusedAfterTheBurst_UntilTheClockHasMovedOnePeriod(string kind)
    {
        var gate = Gate(kind, new RateLimitOptions { UserBurst = 2, UserPerMinute = 6 });

        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        var refused = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        time.Advance(TimeSpan.FromSeconds(9));
        var stillRefused = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        time.Advance(TimeSpan.FromSeconds(1));
        var served = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");

        Assert.Equal("user", refused?.Scope);
        Assert.Equal(ReplyKind.RateLimited, refused?.Reply.Kind);
        Assert.Contains("Please wait about 10 seconds", refused?.Reply.Body, StringComparison.Ordinal);
        Assert.Contains("Please wait about 1 second and", stillRefused?.Reply.Body, StringComparison.Ordinal);
        Assert.Null(served);
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public async Task RefillStopsAtTheBurst_HoweverLongTheClockMoves(string kind)
    {
        var gate = Gate(kind, new RateLimitOptions { UserBurst = 2, UserPerMinute = 60 });
        Assert.Null(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));

        time.Advance(TimeSpan.FromHours(1));
        var answers = new List<GateRefusal?>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        }

        Assert.Null(answers[0]);
        Assert.Null(answers[1]);
        Assert.Equal("user", answers[2]?.Scope);
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public async Task Channel_AndEveryone_HaveBucketsOfTheirOwn_AndPressesDoNotCostAQuestion(string kind)
    {
        var gate = Gate(kind, new RateLimitOptions { ChannelBurst = 1, ChannelPerMinute = 1, GlobalBurst = 3, GlobalPerMinute = 1, PressBurst = 1, PressPerMinute = 1 });

        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        var sameChannel = await gate.CheckAsync(ChatPlatform.Discord, "u2", "c1");
        Assert.Null(await gate.CheckPressAsync(ChatPlatform.Discord, "u1"));
        var secondPress = await gate.CheckPressAsync(ChatPlatform.Discord, "u1");
        Assert.Null(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        var everyoneSpent = await gate.CheckAsync(ChatPlatform.Discord, "u3", "c3");

        Assert.Equal("channel", sameChannel?.Scope);
        Assert.Equal("press", secondPress?.Scope);
        Assert.Equal("global", everyoneSpent?.Scope);
        Assert.Contains("Please wait about 60 seconds", everyoneSpent?.Reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public async Task ATokenTakenFromTheUser_StaysTaken_WhenTheChannelRefuses(string kind)
    {
        var gate = Gate(kind, new RateLimitOptions { UserBurst = 2, UserPerMinute = 1, ChannelBurst = 1, ChannelPerMinute = 1 });

        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        var channelFull = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        var userSpent = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c2");

        Assert.Equal("channel", channelFull?.Scope);
        Assert.Equal("user", userSpent?.Scope);
    }

    [Fact]
    public async Task TwoReplicas_HoldOneUserToOneLimit_AndOtherUsersToTheirOwn()
    {
        var options = new RateLimitOptions { UserBurst = 3, UserPerMinute = 6 };
        var first = Gate("redis", options);
        var second = Gate("redis", options);

        var answers = new List<GateRefusal?>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await (i % 2 == 0 ? first : second).CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        }

        var otherUser = await second.CheckAsync(ChatPlatform.Slack, "u2", "c1");
        time.Advance(TimeSpan.FromSeconds(10));
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
        var first = Gate("redis", options);
        var second = Gate("redis", options);

        var checks = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? first : second).CheckAsync(ChatPlatform.Discord, "u1", $"c{i}").AsTask());
        var answers = await Task.WhenAll(checks);

        Assert.Equal(5, answers.Count(a => a is null));
        Assert.All(answers.Where(a => a is not null), a => Assert.Equal("user", a!.Scope));
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString + ",allowAdmin=true");
        var commands = (await admin.GetServers()[0].InfoAsync("commandstats")).SelectMany(group => group).Select(stat => stat.Key);
        Assert.Contains("cmdstat_evalsha", commands);
    }

    private IRequestGate Gate(string kind, RateLimitOptions options)
    {
        if (kind == "local")
        {
            return new RequestGate(Options.Create(options), time);
        }

        var replica = new RedisReplica(redis.Server, prefix, time);
        replicas.Add(replica);
        return replica.Gate(options, time, new UnusedGate());
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
