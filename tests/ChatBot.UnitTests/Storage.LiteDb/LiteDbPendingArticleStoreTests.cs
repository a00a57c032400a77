using ChatBot.Core.PendingArticles;
using ChatBot.Storage.LiteDb;
using ChatBot.UnitTests.PendingArticles;

namespace ChatBot.UnitTests.Storage;

public sealed class LiteDbPendingArticleStoreTests : PendingArticleStoreContract, IDisposable
{
    private readonly TempDatabase temp = new();

    private readonly ChatBotDatabase database;

    public LiteDbPendingArticleStoreTests()
    {
        database = temp.Open();
        Store = new LiteDbPendingArticleStore(database);
    }

    protected override IPendingArticleStore Store { get; }

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task TheQueue_OutlivesTheProcess()
    {
        await Store.SaveAsync(Article("a1", "https://news.example/a"));
        database.Dispose();

        var reopened = new LiteDbPendingArticleStore(temp.Open());

        Assert.Equal("https://news.example/a", (await reopened.GetAsync("a1"))?.Source);
        Assert.True(await reopened.HasSourceAsync("https://news.example/a"));
    }

    [Fact]
    public async Task ASkippedFeedItem_IsStillKnownAfterARestart()
    {
        await Store.SaveAsync(Article("s1", "https://news.example/dup") with { Status = PendingArticleStatus.Skipped, SkipReason = "already in the corpus as 2031-03-11-reading-room" });
        database.Dispose();

        var reopened = new LiteDbPendingArticleStore(temp.Open());

        Assert.True(await reopened.HasSourceAsync("https://news.example/dup"));
        Assert.Equal("already in the corpus as 2031-03-11-reading-room", (await reopened.GetAsync("s1"))?.SkipReason);
        Assert.Empty(await reopened.ListAsync(PendingArticleStatus.Pending, 10));
    }
}
