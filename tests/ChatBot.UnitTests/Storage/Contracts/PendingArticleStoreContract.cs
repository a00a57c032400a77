using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>What every <see cref="IPendingArticleStore"/> does: the queue, one decision per article, sources remembered.</summary>
public abstract class PendingArticleStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task Queue_ListsNewestFirst_ByStatus_AndRemembersEverySource()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.True(await Stores.PendingArticles.SaveAsync(Article($"p{i}", i) with { Status = i == 1 ? PendingArticleStatus.Skipped : PendingArticleStatus.Pending }));
        }

        Assert.Equal(["p3", "p2", "p0"], (await Stores.PendingArticles.ListAsync(PendingArticleStatus.Pending, 10)).Select(a => a.Id));
        Assert.Equal(["p3", "p2"], (await Stores.PendingArticles.ListAsync(null, 2)).Select(a => a.Id));
        Assert.Equal("https://example.org/news/1", (await Stores.PendingArticles.GetAsync("p1"))!.Source);
        Assert.True(await Stores.PendingArticles.HasSourceAsync("https://example.org/news/1"));
        Assert.False(await Stores.PendingArticles.HasSourceAsync("https://example.org/news/9"));
        Assert.Null(await Stores.PendingArticles.GetAsync("p9"));
    }

    [Fact]
    public async Task Decide_FromTwoReplicasAtOnce_ExactlyOneDecides()
    {
        await Stores.PendingArticles.SaveAsync(Article("p1", 1));
        var other = await Provider.OpenAsync();

        var decisions = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? Stores : other).PendingArticles.TryDecideAsync(Article("p1", 1) with { Status = i % 2 == 0 ? PendingArticleStatus.Approved : PendingArticleStatus.Rejected, DecidedBy = $"U{i}" }))));

        Assert.Single(decisions, d => d);
        var decided = await other.PendingArticles.GetAsync("p1");
        Assert.NotEqual(PendingArticleStatus.Pending, decided!.Status);
        Assert.False(await Stores.PendingArticles.TryDecideAsync(Article("p2", 2) with { Status = PendingArticleStatus.Approved }));
    }

    [Fact]
    public async Task WithoutItsDatabase_NothingIsStoredOrDecided_AndReadsMiss()
    {
        var broken = Provider.OpenUnavailable();

        Assert.False(await broken.PendingArticles.SaveAsync(Article("p1", 1)));
        Assert.False(await broken.PendingArticles.TryDecideAsync(Article("p1", 1) with { Status = PendingArticleStatus.Approved }));
        Assert.Null(await broken.PendingArticles.GetAsync("p1"));
        Assert.Empty(await broken.PendingArticles.ListAsync(null, 10));
        Assert.False(await broken.PendingArticles.HasSourceAsync("https://example.org/news/1"));
    }

    private PendingArticle Article(string id, int number) => new()
    {
        Id = id,
        Source = $"https://example.org/news/{number}",
        Preview = new PendingArticlePreview($"News {number}", null, "Example", "2026-01-01", null, 120, "Opening words.", [], $"article-{number}"),
        ArticleJson = "{}",
        RequestedOn = ChatPlatform.Slack,
        RequestedBy = "U1",
        RequestedAt = Provider.Time.GetUtcNow().AddMinutes(number),
    };
}
