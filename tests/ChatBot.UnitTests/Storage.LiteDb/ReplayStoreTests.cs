using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class ReplayStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AKey_IsAcceptedOnce_UntilItsRecordExpires_ThenAgain(bool persisted)
    {
        var store = Store(persisted);
        var expires = temp.Time.GetUtcNow().AddSeconds(20);

        Assert.True(await store.TryRecordAsync("discord:1", expires));
        Assert.False(await store.TryRecordAsync("discord:1", expires));
        Assert.True(await store.TryRecordAsync("discord:2", expires));

        temp.Time.Advance(TimeSpan.FromSeconds(19));
        Assert.False(await store.TryRecordAsync("discord:1", expires));
        temp.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await store.TryRecordAsync("discord:1", expires.AddMinutes(1)));
        Assert.False(await store.TryRecordAsync("discord:1", expires.AddMinutes(1)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TenConcurrentCopies_OnlyOneIsAccepted(bool persisted)
    {
        var store = Store(persisted);
        var expires = temp.Time.GetUtcNow().AddMinutes(5);
        await store.TryRecordAsync("expired", temp.Time.GetUtcNow());

        var fresh = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.TryRecordAsync("slack:t.1", expires).AsTask())));
        var renewed = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.TryRecordAsync("expired", expires).AsTask())));

        Assert.Single(fresh, accepted => accepted);
        Assert.Single(renewed, accepted => accepted);
    }

    [Fact]
    public async Task ARecord_SurvivesARestart_OfTheDatabase()
    {
        var expires = temp.Time.GetUtcNow().AddMinutes(5);
        var first = temp.Open();
        await using (var before = new LiteDbReplayStore(first, temp.Time))
        {
            Assert.True(await before.TryRecordAsync("discord:9", expires));
        }

        first.Dispose();
        await using var reopened = new LiteDbReplayStore(temp.Open(), temp.Time);

        Assert.False(await reopened.TryRecordAsync("discord:9", expires));
        Assert.True(await reopened.TryRecordAsync("discord:10", expires));
    }

    [Fact]
    public async Task ExpiredRecords_ArePrunedFromTheDatabase_OnceAMinute()
    {
        var database = temp.Open();
        await using (var store = new LiteDbReplayStore(database, temp.Time))
        {
            for (var i = 0; i < 50; i++)
            {
                await store.TryRecordAsync($"old:{i}", temp.Time.GetUtcNow().AddSeconds(30));
            }

            temp.Time.Advance(TimeSpan.FromMinutes(1));
            await store.TryRecordAsync("new", temp.Time.GetUtcNow().AddSeconds(30));
        }

        var left = database.Database!.GetCollection<ReplayRecordDocument>(LiteDbReplayStore.CollectionName).FindAll().Select(r => r.Id);
        Assert.Equal(["new"], left);
    }

    [Fact]
    public async Task ExpiredRecords_ArePrunedFromMemory_OnceAMinute()
    {
        var store = new InMemoryReplayStore(temp.Time);
        for (var i = 0; i < 50; i++)
        {
            await store.TryRecordAsync($"old:{i}", temp.Time.GetUtcNow().AddSeconds(30));
        }

        temp.Time.Advance(TimeSpan.FromMinutes(1));
        await store.TryRecordAsync("new", temp.Time.GetUtcNow().AddSeconds(30));

        Assert.Equal(1, store.Count);
    }

    private IReplayStore Store(bool persisted) => persisted ? new LiteDbReplayStore(temp.Open(), temp.Time) : new InMemoryReplayStore(temp.Time);
}
