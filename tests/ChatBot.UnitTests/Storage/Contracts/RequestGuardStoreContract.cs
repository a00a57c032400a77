using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>
/// What the stores that keep a request from being handled twice do on every provider: seen events, replay records and
/// used sign-in nonces — one winner among concurrent callers on two replicas, and expiry.
/// </summary>
public abstract class RequestGuardStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task SeenEvent_DeliveredToTwoReplicasAtOnce_IsMarkedOnce()
    {
        var other = await Provider.OpenAsync();

        var marks = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () => await (i % 2 == 0 ? Stores : other).SeenEvents.TryMarkSeenAsync("Ev1"))));

        Assert.Single(marks, m => m);
        Assert.True(await other.SeenEvents.TryMarkSeenAsync("Ev2"));
        Assert.False(await Stores.SeenEvents.TryMarkSeenAsync("Ev2"));
    }

    [Fact]
    public async Task Replay_IsRefusedWhileTheRecordIsValid_OnAnyReplica_AndAcceptedOnceItExpired()
    {
        var other = await Provider.OpenAsync();
        var expires = Provider.Time.GetUtcNow().AddMinutes(5);

        Assert.True(await Stores.Replay.TryRecordAsync("interaction-1", expires));
        Assert.False(await Stores.Replay.TryRecordAsync("interaction-1", expires));
        Assert.False(await other.Replay.TryRecordAsync("interaction-1", expires));
        Provider.Time.Advance(TimeSpan.FromMinutes(6));

        Assert.True(await other.Replay.TryRecordAsync("interaction-1", Provider.Time.GetUtcNow().AddMinutes(5)));
        Assert.False(await Stores.Replay.TryRecordAsync("interaction-1", Provider.Time.GetUtcNow().AddMinutes(5)));
    }

    [Fact]
    public async Task Nonce_IsConsumedOnce_ByConcurrentRequestsOnTwoReplicas()
    {
        var other = await Provider.OpenAsync();
        var expires = Provider.Time.GetUtcNow().AddMinutes(10);

        var consumed = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () => await (i % 2 == 0 ? Stores : other).Nonces.TryConsumeAsync("nonce-1", expires))));

        Assert.Single(consumed, c => c);
        Assert.True(await other.Nonces.TryConsumeAsync("nonce-2", expires));
    }

    [Fact]
    public async Task WithoutItsDatabase_NoncesCannotBeChecked_WhileEventsAndReplaysAreStillCaughtInMemory()
    {
        var broken = Provider.OpenUnavailable();
        var expires = Provider.Time.GetUtcNow().AddMinutes(5);

        await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.Nonces.TryConsumeAsync("nonce-1", expires));
        Assert.True(await broken.SeenEvents.TryMarkSeenAsync("Ev1"));
        Assert.False(await broken.SeenEvents.TryMarkSeenAsync("Ev1"));
        Assert.True(await broken.Replay.TryRecordAsync("interaction-1", expires));
        Assert.False(await broken.Replay.TryRecordAsync("interaction-1", expires));
    }
}
