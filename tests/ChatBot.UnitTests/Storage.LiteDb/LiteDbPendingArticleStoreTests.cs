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
}
