using ChatBot.Ingest;
using ChatBot.Ingest.Fetching;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Ingest.Fetching;

public sealed class HostRateLimiterTests
{
    [Fact]
    public async Task WaitTurn_LetsOneRequestPerSecondThroughPerHost()
    {
        var time = new FakeTimeProvider();
        using var limiter = new HostRateLimiter(new IngestOptions(), time);

        await limiter.WaitTurnAsync("a.example");
        var second = limiter.WaitTurnAsync("a.example");
        var otherHost = limiter.WaitTurnAsync("b.example");
        await otherHost;
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitTurn_ZeroIntervalDoesNotLimit()
    {
        using var limiter = new HostRateLimiter(new IngestOptions { MinIntervalPerHost = TimeSpan.Zero }, new FakeTimeProvider());

        await limiter.WaitTurnAsync("a.example");
        Assert.True(limiter.WaitTurnAsync("a.example").IsCompleted);
    }
}
