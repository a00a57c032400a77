using ChatBot.Core.Commands;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest;
using ChatBot.Ingest.Chat;
using ChatBot.Ingest.Extraction;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>The console's corpus, timeline and fact-card transfer pages in headless chromium, over a corpus the host may write.</summary>
public sealed partial class ConsoleCorpusBrowserTests(WritableCorpusConsoleHost fixture) : IClassFixture<WritableCorpusConsoleHost>
{
    private ConsoleHost Host => fixture.Host;

    private CorpusIndex Corpus => Host.Factory.Services.GetRequiredService<ICorpusIndexProvider>().Current;

    [Fact]
    public Task TheCorpusPage_ListsArticlesAndARejectedFile_ApprovesAPendingArticle_AndRefusesAPrivateAddress() => Host.RunAsync(nameof(TheCorpusPage_ListsArticlesAndARejectedFile_ApprovesAPendingArticle_AndRefusesAPrivateAddress), async () =>
    {
        SignIn();
        Host.Open("/admin/corpus");
        var listed = Host.Text("articles");
        Assert.All(Corpus.Articles, a => Assert.Contains(a.Title, listed, StringComparison.Ordinal));
        var broken = Assert.Single(Corpus.Rejected, r => r.Path.EndsWith(WritableCorpusConsoleHost.BrokenFile, StringComparison.Ordinal));
        Assert.Contains($"{broken.Path}: {broken.Reason}", Host.Text("rejected"), StringComparison.Ordinal);

        var pending = await SeedPendingAsync("Families open a reading room in Niigata");
        Host.Open("/admin/corpus");
        Assert.Contains("Families open a reading room in Niigata", Host.Text("pending"), StringComparison.Ordinal);
        Host.Submit(By.Id($"approve-{pending.Id}"));
        Assert.StartsWith("Now answering from: Families open a reading room in Niigata", Host.Text("corpus-message"), StringComparison.Ordinal);

        Host.Open("/admin/corpus");
        Assert.Contains("Families open a reading room in Niigata", Host.Text("articles"), StringComparison.Ordinal);
        Assert.DoesNotContain("Families open a reading room", Host.Text("pending"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.CorpusDirectory, "articles", pending.Preview.ProposedId + ".md")));

        Type("Address", "http://127.0.0.1:9/private-article");
        Host.Submit(By.Id("add-url"));
        var refusal = Host.Text("corpus-error");
        Assert.StartsWith("Not added: ", refusal, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal);

        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(100);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: ArticleReview.ApproveAction } && e.Target == pending.Id && e.Outcome.StartsWith("written as", StringComparison.Ordinal));
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: ArticleReview.AddAction } && e.Outcome.StartsWith("refused", StringComparison.Ordinal));
    });

    /// <summary>An article queued the way /corpus add queues one, as if fetched from a feed.</summary>
    private async Task<PendingArticle> SeedPendingAsync(string title)
    {
        var article = new ExtractedArticle
        {
            Title = title,
            Publisher = "Niigata Daily",
            Published = new PartialDate(2031, 3, 11),
            Source = "https://news.example/reading-room",
            Blocks = [new BodyBlock(BodyBlockKind.Paragraph, "The reading room opened on Monday in Niigata. It holds four thousand documents gathered by the families over four decades.")],
        };
        var review = Host.Factory.Services.GetRequiredService<ArticleReview>();
        var pending = await review.QueueAsync(new IngestPreview(article, "2031-03-11-families-open-a-reading-room", []), article.Source, ChatPlatform.Cli, "feed:https://news.example/feed", feedUrl: "https://news.example/feed");
        return Assert.IsType<PendingArticle>(pending);
    }

    private void SignIn()
    {
        Host.Open("/admin/signin");
        Host.Browser.Manage().Cookies.DeleteAllCookies();
        Host.SignIn(Host.Link(ChatPlatform.Slack, ConsoleHost.ModeratorSlackUser));
    }

    private void Type(string id, string text)
    {
        var field = Host.Browser.FindElement(By.Id(id));
        field.Clear();
        field.SendKeys(text);
    }
}
