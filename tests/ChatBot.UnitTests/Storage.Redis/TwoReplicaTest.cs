using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>Two replicas on one Redis, connected before each test and closed after it, under a key prefix of their own.</summary>
public abstract class TwoReplicaTest(RedisServerFixture redis) : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));

    protected string Prefix { get; } = RedisReplica.NewPrefix();

    internal RedisReplica First { get; private set; } = null!;

    internal RedisReplica Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = new RedisReplica(redis.Server, Prefix, Time);
        Second = new RedisReplica(redis.Server, Prefix, Time);
        await First.Connection.ConnectAsync();
        await Second.Connection.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}
