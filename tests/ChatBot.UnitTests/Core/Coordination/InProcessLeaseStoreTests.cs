using ChatBot.Core.Coordination;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Coordination;

public sealed class InProcessLeaseStoreTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UnixEpoch);
    private readonly InProcessLeaseStore store;

    public InProcessLeaseStoreTests() => store = new InProcessLeaseStore(clock);

    [Fact]
    public async Task Acquire_RefusesAHeldLease_UntilItExpires()
    {
        Assert.True(await store.TryAcquireAsync("shard", "a", Ttl));
        clock.Advance(Ttl - TimeSpan.FromMilliseconds(1));
        Assert.False(await store.TryAcquireAsync("shard", "b", Ttl));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await store.TryAcquireAsync("shard", "b", Ttl));
    }

    [Fact]
    public async Task Renew_AndRelease_OnlyActForTheCurrentOwner()
    {
        await store.TryAcquireAsync("shard", "a", Ttl);
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.False(await store.RenewAsync("shard", "b", Ttl));
        Assert.False(await store.ReleaseAsync("shard", "b"));
        Assert.True(await store.RenewAsync("shard", "a", Ttl));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.False(await store.TryAcquireAsync("shard", "b", Ttl));
        Assert.True(await store.ReleaseAsync("shard", "a"));
        Assert.True(await store.TryAcquireAsync("shard", "b", Ttl));
    }

    [Fact]
    public async Task ExpiredLease_IsStillRenewableByItsOwner_UntilSomeoneElseTakesIt()
    {
        await store.TryAcquireAsync("shard", "a", Ttl);
        clock.Advance(Ttl * 2);

        Assert.True(await store.RenewAsync("shard", "a", Ttl));
        clock.Advance(Ttl);
        Assert.True(await store.TryAcquireAsync("shard", "b", Ttl));
        Assert.False(await store.RenewAsync("shard", "a", Ttl));
        Assert.False(await store.ReleaseAsync("shard", "a"));
    }
}
