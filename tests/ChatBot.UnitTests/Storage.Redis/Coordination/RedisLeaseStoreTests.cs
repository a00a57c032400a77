using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Coordination;
using ChatBot.Testing;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests.Storage.Redis.Coordination;

/// <summary>
/// Against a private redis-server. Expiry is Redis's real clock, so "the lease expired" is produced by deleting the key
/// (what Redis's expiry does); the TTL Redis was given is read back instead of waited for.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisLeaseStoreTests : IAsyncLifetime
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
    private RedisServer server = null!;
    private RedisConnection connection = null!;
    private RedisLeaseStore store = null!;

    public async Task InitializeAsync()
    {
        server = await RedisServer.StartNewAsync();
        connection = new RedisConnection(Options.Create(new RedisOptions { ConnectionString = server.ConnectionString, KeyPrefix = "test:" }), NullLogger<RedisConnection>.Instance);
        store = new RedisLeaseStore(connection);
    }

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Acquire_TakesAFreeLease_WithTheTtl_AndRefusesItToASecondOwner()
    {
        Assert.True(await store.TryAcquireAsync("shard", "a", Ttl));
        Assert.False(await store.TryAcquireAsync("shard", "b", Ttl));
        Assert.False(await store.TryAcquireAsync("shard", "a", Ttl));

        var database = await connection.DatabaseAsync();
        Assert.Equal("a", (string?)await database.StringGetAsync("test:lease:shard"));
        Assert.InRange((await database.KeyTimeToLiveAsync("test:lease:shard"))!.Value, Ttl - TimeSpan.FromSeconds(2), Ttl);
    }

    [Fact]
    public async Task Renew_ExtendsOnlyTheOwnersLease()
    {
        await store.TryAcquireAsync("shard", "a", TimeSpan.FromSeconds(3));

        Assert.False(await store.RenewAsync("shard", "b", TimeSpan.FromMinutes(10)));
        var database = await connection.DatabaseAsync();
        Assert.True((await database.KeyTimeToLiveAsync("test:lease:shard"))!.Value <= TimeSpan.FromSeconds(3));
        Assert.True(await store.RenewAsync("shard", "a", TimeSpan.FromMinutes(10)));
        Assert.True((await database.KeyTimeToLiveAsync("test:lease:shard"))!.Value > TimeSpan.FromMinutes(9));
    }

    [Fact]
    public async Task Release_DropsOnlyTheOwnersLease()
    {
        await store.TryAcquireAsync("shard", "a", Ttl);

        Assert.False(await store.ReleaseAsync("shard", "b"));
        Assert.False(await store.TryAcquireAsync("shard", "b", Ttl));
        Assert.True(await store.ReleaseAsync("shard", "a"));
        Assert.True(await store.TryAcquireAsync("shard", "b", Ttl));
    }

    [Fact]
    public async Task ExpiredLease_CanBeTaken_AndItsFormerOwnerCanNeitherRenewNorReleaseIt()
    {
        await store.TryAcquireAsync("shard", "a", Ttl);
        await (await connection.DatabaseAsync()).KeyDeleteAsync("test:lease:shard"); // what expiry does

        Assert.False(await store.RenewAsync("shard", "a", Ttl));
        Assert.True(await store.TryAcquireAsync("shard", "b", Ttl));
        Assert.False(await store.RenewAsync("shard", "a", Ttl));
        Assert.False(await store.ReleaseAsync("shard", "a"));
        Assert.True(await store.RenewAsync("shard", "b", Ttl));
    }

    [Fact]
    public async Task LeasesWithDifferentNames_AreIndependent()
    {
        Assert.True(await store.TryAcquireAsync("shard:0", "a", Ttl));
        Assert.True(await store.TryAcquireAsync("shard:1", "b", Ttl));
        Assert.False(await store.RenewAsync("shard:1", "a", Ttl));
    }
}
