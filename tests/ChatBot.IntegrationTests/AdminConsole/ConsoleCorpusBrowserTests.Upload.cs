using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>Adding an article from a file on the moderator's computer: previewed and queued like an address.</summary>
public sealed partial class ConsoleCorpusBrowserTests
{
    [Fact]
    public Task AnUploadedPage_WaitsForApproval_AndAFileWithoutArticleText_IsRefusedInOneLine() => Host.RunAsync(nameof(AnUploadedPage_WaitsForApproval_AndAFileWithoutArticleText_IsRefusedInOneLine), async () =>
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-console-upload-").FullName;
        var page = Path.Combine(folder, "ferry-report.html");
        await File.WriteAllTextAsync(page, """
            <!doctype html><html><head><title>A ferry log is handed to the families</title>
            <meta name="author" content="Aiko Sato"><meta property="article:published_time" content="2031-05-02"></head>
            <body><nav>Home · World · Opinion</nav><article><h1>A ferry log is handed to the families</h1>
            <p>The log of a ferry that sailed between Niigata and Wonsan was handed to the families on Friday.</p>
            <p>It lists the crossings of the year 1978 and the names of the crew, and the families asked the government to read it.</p>
            </article><footer>Share this · Cookie settings</footer></body></html>
            """);
        var empty = Path.Combine(folder, "empty.html");
        await File.WriteAllTextAsync(empty, "<!doctype html><html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>");
        SignIn();

        Host.Open("/admin/corpus");
        Host.Browser.FindElement(By.Id("upload-file")).SendKeys(page);
        Host.Submit(By.Id("upload-button"));
        Assert.Equal("Read “A ferry log is handed to the families”; it waits for approval below.", Host.Text("corpus-message"));
        Assert.Contains("A ferry log is handed to the families", Host.Text("pending"), StringComparison.Ordinal);
        var queued = (await Host.Factory.Services.GetRequiredService<IPendingArticleStore>().ListAsync(PendingArticleStatus.Pending, 100))
            .Single(p => p.Preview.Title == "A ferry log is handed to the families");
        Assert.Equal("upload:ferry-report.html", queued.Source);

        Host.Browser.FindElement(By.Id("upload-file")).SendKeys(empty);
        Host.Submit(By.Id("upload-button"));
        var refusal = Host.Text("corpus-error");
        Assert.StartsWith("Not added: ", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refusal);

        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(100);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: ArticleReview.AddAction, Target: "ferry-report.html" } && e.Outcome == $"queued as {queued.Id}");
        Assert.Contains(log, e => e is { Action: ArticleReview.AddAction, Target: "empty.html" } && e.Outcome.StartsWith("refused: ", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    });
}
