using System.Text.Json;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Ingest.Support;
using ChatBot.IntegrationTests.Study;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.IntegrationTests.Ingest;

/// <summary>
/// `chatbot corpus add` end to end: a page and a PDF from a loopback site into a copy of the bundled corpus, then a
/// question only the page answers is answered with a citation to it. The guard is told loopback is allowed (as an
/// intranet install would be) and the per-host wait is off, so no real clock is involved.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CorpusAddCliTests : IAsyncLifetime
{
    private readonly string corpus = Directory.CreateTempSubdirectory("ingest-cli-").FullName;
    private FixtureWebServer server = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ChatBot__Ingest__AllowPrivateNetworks", "true");
        Environment.SetEnvironmentVariable("ChatBot__Ingest__MinIntervalPerHost", "00:00:00");
        foreach (var file in Directory.EnumerateFiles(CliRunner.Corpus, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(corpus, Path.GetRelativePath(CliRunner.Corpus, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        server = await FixtureWebServer.StartAsync();
        var news = NewsSite.Fixture(server.BaseUrl);
        server.Serve(news.Path, "text/html; charset=utf-8", news.Html);
        server.Serve("/reports/review-2031.pdf", "application/pdf", ReportPdf.Build());
        server.Serve("/login", "text/html", "<html><body><nav><a href='/'>Home</a></nav><p>Please log in.</p></body></html>");
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("ChatBot__Ingest__AllowPrivateNetworks", null);
        Environment.SetEnvironmentVariable("ChatBot__Ingest__MinIntervalPerHost", null);
        await server.DisposeAsync();
        Directory.Delete(corpus, recursive: true);
    }

    private string NewsUrl => server.BaseUrl + NewsSite.Fixture(server.BaseUrl).Path;

    [Fact]
    public async Task AddThenAsk_AnswersFromTheAddedPage_WithACitationToIt()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("corpus", "add", NewsUrl, "--corpus", corpus, "--yes", "--json", "--by", "tester");
        Assert.True(exit == 0, error);
        using var added = JsonDocument.Parse(output);
        var id = added.RootElement.GetProperty("id").GetString()!;
        Assert.Equal("2031-03-11-abductees-families-open-reading-room-in-niigata", id);
        Assert.Contains("added_by: \"cli:tester\"", await File.ReadAllTextAsync(Path.Combine(corpus, "articles", id + ".md")), StringComparison.Ordinal);

        var asked = await InProcessCli.RunAsync("ask", "How many documents does the reading room in Niigata hold?", "--corpus", corpus, "--db", Path.Combine(corpus, "chatbot.db"), "--json", "--no-cache");

        Assert.True(asked.Exit == 0, asked.Error);
        using var answer = JsonDocument.Parse(asked.Out);
        Assert.Equal("answered", answer.RootElement.GetProperty("status").GetString());
        var citation = answer.RootElement.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("articleId").GetString() == id);
        Assert.Equal(("Kenji Watanabe", "2031-03-11"), (citation.GetProperty("author").GetString(), citation.GetProperty("published").GetString()));
        Assert.Contains("4,000 documents", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_RefusesThePageASecondTime_NamingTheArticle()
    {
        var first = await InProcessCli.RunAsync("corpus", "add", NewsUrl, "--corpus", corpus, "--yes");
        Assert.True(first.Exit == 0, first.Error);

        var again = await InProcessCli.RunAsync("corpus", "add", NewsUrl + "?utm_source=newsletter", "--corpus", corpus, "--yes");

        Assert.Equal((1, "error: already in the corpus as 2031-03-11-abductees-families-open-reading-room-in-niigata\n"), (again.Exit, again.Error.Replace("\r", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Add_ShowsThePreview_AndWritesNothingWhenNotConfirmed()
    {
        var input = Console.In;
        Console.SetIn(new StringReader("n\n"));
        try
        {
            var (exit, output, error) = await InProcessCli.RunAsync("corpus", "add", server.BaseUrl + "/reports/review-2031.pdf", "--corpus", corpus);

            Assert.Equal(1, exit);
            Assert.Contains("Title:         Review of Awareness Activities 2031", output, StringComparison.Ordinal);
            Assert.Contains($"Author:        {ReportPdf.Author}", output, StringComparison.Ordinal);
            Assert.Contains("Opening:       This review describes the awareness activities carried out by the study group in 2031, including school visits and public lectures. Volunteers visited", output, StringComparison.Ordinal);
            Assert.Contains("warning: no publisher found", output, StringComparison.Ordinal);
            Assert.EndsWith("error: not added: not confirmed (answer 'y', or pass --yes)\n", error.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(corpus, "articles")), f => f.Contains("review", StringComparison.Ordinal));
        }
        finally
        {
            Console.SetIn(input);
        }
    }

    [Fact]
    public async Task Add_WritesAPdfReport_ThatTheCorpusLoads()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("corpus", "add", server.BaseUrl + "/reports/review-2031.pdf", "--corpus", corpus, "--yes", "--id", "awareness-review-2031");
        Assert.True(exit == 0, error);

        var index = await InProcessCli.RunAsync("index", "--corpus", corpus);

        Assert.True(index.Exit == 0, index.Out + index.Error);
        Assert.DoesNotContain("awareness-review-2031", index.Out, StringComparison.Ordinal);
        Assert.StartsWith("Indexed 3 articles", index.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_RefusesAPageWithNoArticleText_InOneLine()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("corpus", "add", server.BaseUrl + "/login", "--corpus", corpus, "--yes");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: no article text found at {server.BaseUrl}/login", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }
}
