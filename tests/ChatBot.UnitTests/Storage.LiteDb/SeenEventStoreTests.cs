using ChatBot.Core.Storage;
using ChatBot.Storage.LiteDb;

namespace ChatBot.UnitTests.Storage;

public sealed class SeenEventStoreTests : IDisposable
{
    private readonly TempDatabase temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SeenEvents_OlderThanADay_ArePrunedFromTheDatabase()
    {
        var database = temp.Open();
        var store = new LiteDbSeenEventStore(database, temp.Time);
        for (var i = 0; i < 100; i++)
        {
            Assert.True(await store.TryMarkSeenAsync($"Ev-old-{i}"));
        }

        temp.Time.Advance(TimeSpan.FromHours(23));
        Assert.True(await store.TryMarkSeenAsync("Ev-recent"));
        Assert.False(await store.TryMarkSeenAsync("Ev-old-1"));
        temp.Time.Advance(TimeSpan.FromHours(2));
        Assert.True(await store.TryMarkSeenAsync("Ev-new"));

        var left = database.Database!.GetCollection<SeenEventDocument>(LiteDbSeenEventStore.CollectionName).FindAll().Select(e => e.Id).Order();
        Assert.Equal(["Ev-new", "Ev-recent"], left);
    }

    [Fact]
    public async Task SeenEvents_OlderThanADay_ArePrunedFromMemory()
    {
        var store = new InMemorySeenEventStore(temp.Time);
        for (var i = 0; i < 100; i++)
        {
            await store.TryMarkSeenAsync($"Ev-old-{i}");
        }

        temp.Time.Advance(TimeSpan.FromHours(25));
        await store.TryMarkSeenAsync("Ev-new");

        Assert.Equal(1, store.Count);
    }
}
