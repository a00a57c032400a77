using ChatBot.Core.Commands;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands;

/// <summary>
/// What every <see cref="IRequestGate"/> must do, whoever keeps the buckets: they refill by the injected clock only (a
/// frozen clock never refills them, a moved one does). Run for the local gate (<see cref="RequestGateTests"/>) and the
/// shared one (<c>RedisRequestGateTests</c>).
/// </summary>
public abstract class RequestGateScenarios
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task User_IsRefusedAfterTheBurst_UntilTheClockHasMovedOnePeriod()
    {
        var gate = Gate(new RateLimitOptions { UserBurst = 2, UserPerMinute = 6 });

        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        var refused = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        Time.Advance(TimeSpan.FromSeconds(9));
        var stillRefused = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        Time.Advance(TimeSpan.FromSeconds(1));
        var served = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");

        Assert.Equal("user", refused?.Scope);
        Assert.Equal(ReplyKind.RateLimited, refused?.Reply.Kind);
        Assert.Contains("Please wait about 10 seconds", refused?.Reply.Body, StringComparison.Ordinal);
        Assert.Contains("Please wait about 1 second and", stillRefused?.Reply.Body, StringComparison.Ordinal);
        Assert.Null(served);
    }

    [Fact]
    public async Task RefillStopsAtTheBurst_HoweverLongTheClockMoves()
    {
        var gate = Gate(new RateLimitOptions { UserBurst = 2, UserPerMinute = 60 });
        Assert.Null(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));

        Time.Advance(TimeSpan.FromHours(1));
        var answers = new List<GateRefusal?>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await gate.CheckAsync(ChatPlatform.Slack, "u1", "c1"));
        }

        Assert.Null(answers[0]);
        Assert.Null(answers[1]);
        Assert.Equal("user", answers[2]?.Scope);
    }

    [Fact]
    public async Task Channel_AndEveryone_HaveBucketsOfTheirOwn_AndPressesDoNotCostAQuestion()
    {
        var gate = Gate(new RateLimitOptions { ChannelBurst = 1, ChannelPerMinute = 1, GlobalBurst = 3, GlobalPerMinute = 1, PressBurst = 1, PressPerMinute = 1 });

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

    [Fact]
    public async Task ATokenTakenFromTheUser_StaysTaken_WhenTheChannelRefuses()
    {
        var gate = Gate(new RateLimitOptions { UserBurst = 2, UserPerMinute = 1, ChannelBurst = 1, ChannelPerMinute = 1 });

        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1"));
        var channelFull = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c1");
        var userSpent = await gate.CheckAsync(ChatPlatform.Discord, "u1", "c2");

        Assert.Equal("channel", channelFull?.Scope);
        Assert.Equal("user", userSpent?.Scope);
    }

    /// <summary>A gate with these limits on <see cref="Time"/>.</summary>
    protected abstract IRequestGate Gate(RateLimitOptions options);
}
