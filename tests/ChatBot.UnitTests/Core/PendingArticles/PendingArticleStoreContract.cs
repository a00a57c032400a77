using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;

namespace ChatBot.UnitTests.PendingArticles;

/// <summary>What every <see cref="IPendingArticleStore"/> must do; the in-memory and LiteDB tests run it on their store.</summary>
public abstract class PendingArticleStoreContract
{
    private static readonly DateTimeOffset Start = new(2031, 3, 12, 9, 0, 0, TimeSpan.Zero);

    protected abstract IPendingArticleStore Store { get; }

    internal static PendingArticle Article(string id, string source, int minutes = 0) => new()
    {
        Id = id,
        Source = source,
        Preview = new PendingArticlePreview("Families open a reading room", "Kenji Watanabe", "Niigata Daily", "2031-03-11", source, 420, "The room opened. It holds 4,000 documents.", ["no publisher found"], "2031-03-11-reading-room"),
        ArticleJson = "{\"title\":\"Families open a reading room\"}",
        RequestedOn = ChatPlatform.Discord,
        RequestedBy = "610000000000000001",
        RequestedAt = Start.AddMinutes(minutes),
        Messages = [new ModeratorMessage(ChatPlatform.Slack, "C0MOD", "1700000000.000100"), new ModeratorMessage(ChatPlatform.Discord, "400000000000000001", "500000000000000001")],
    };

    [Fact]
    public async Task Saved_ComesBackWholeById()
    {
        var article = Article("a1", "https://news.example/a");

        Assert.True(await Store.SaveAsync(article));
        var read = await Store.GetAsync("a1");

        Assert.NotNull(read);
        Assert.Equal(article with { Preview = read!.Preview, Messages = read.Messages }, read);
        Assert.Equal(article.Messages, read.Messages);
        Assert.Equal(article.Preview.Warnings, read.Preview.Warnings);
        Assert.Equal(article.Preview with { Warnings = read.Preview.Warnings }, read.Preview);
        Assert.Null(await Store.GetAsync("missing"));
    }

    [Fact]
    public async Task Decide_MovesAPendingArticleOnce_AndASecondDecisionIsRefused()
    {
        await Store.SaveAsync(Article("a1", "https://news.example/a"));
        var approved = (await Store.GetAsync("a1"))! with { Status = PendingArticleStatus.Approved, DecidedBy = "discord:1", DecidedAt = Start, ArticleId = "2031-03-11-reading-room" };
        var rejected = approved with { Status = PendingArticleStatus.Rejected, ArticleId = null };

        Assert.True(await Store.TryDecideAsync(approved));
        Assert.False(await Store.TryDecideAsync(rejected));
        Assert.False(await Store.TryDecideAsync(Article("unknown", "https://news.example/u") with { Status = PendingArticleStatus.Rejected }));

        var read = await Store.GetAsync("a1");
        Assert.Equal((PendingArticleStatus.Approved, "2031-03-11-reading-room", "discord:1"), (read!.Status, read.ArticleId, read.DecidedBy));
    }

    [Fact]
    public async Task List_IsNewestFirst_FilteredByStatus_AndLimited()
    {
        await Store.SaveAsync(Article("old", "https://news.example/1", minutes: 0));
        await Store.SaveAsync(Article("mid", "https://news.example/2", minutes: 5));
        await Store.SaveAsync(Article("new", "https://news.example/3", minutes: 10));
        await Store.TryDecideAsync((await Store.GetAsync("mid"))! with { Status = PendingArticleStatus.Rejected });

        Assert.Equal(["new", "mid", "old"], (await Store.ListAsync(null, 10)).Select(a => a.Id));
        Assert.Equal(["new", "old"], (await Store.ListAsync(PendingArticleStatus.Pending, 10)).Select(a => a.Id));
        Assert.Equal(["new"], (await Store.ListAsync(PendingArticleStatus.Pending, 1)).Select(a => a.Id));
        Assert.Equal(["mid"], (await Store.ListAsync(PendingArticleStatus.Rejected, 10)).Select(a => a.Id));
    }

    [Fact]
    public async Task HasSource_RemembersAnAddressWhateverBecameOfIt()
    {
        await Store.SaveAsync(Article("a1", "https://news.example/a"));
        await Store.TryDecideAsync((await Store.GetAsync("a1"))! with { Status = PendingArticleStatus.Rejected });

        Assert.True(await Store.HasSourceAsync("https://news.example/a"));
        Assert.False(await Store.HasSourceAsync("https://news.example/b"));
    }

    [Fact]
    public async Task Skipped_KeepsItsReason_CountsAsSeen_IsNeverListedAsPending_AndCannotBeDecided()
    {
        var skipped = Article("s1", "https://news.example/empty") with { Status = PendingArticleStatus.Skipped, SkipReason = "no article text found at https://news.example/empty" };
        await Store.SaveAsync(skipped);
        await Store.SaveAsync(Article("p1", "https://news.example/full", minutes: 1));

        Assert.True(await Store.HasSourceAsync("https://news.example/empty"));
        Assert.Equal(["p1"], (await Store.ListAsync(PendingArticleStatus.Pending, 10)).Select(a => a.Id));
        Assert.False(await Store.TryDecideAsync(skipped with { Status = PendingArticleStatus.Approved }));
        var read = await Store.GetAsync("s1");
        Assert.Equal((PendingArticleStatus.Skipped, "no article text found at https://news.example/empty"), (read!.Status, read.SkipReason));
        Assert.Equal(["s1"], (await Store.ListAsync(PendingArticleStatus.Skipped, 10)).Select(a => a.Id));
    }
}
