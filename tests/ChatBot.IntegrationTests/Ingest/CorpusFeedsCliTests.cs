using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Ingest.Support;
using ChatBot.IntegrationTests.Study;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.IntegrationTests.Ingest;

/// <summary>`chatbot corpus feeds add|sync` against an RSS and an Atom feed on a loopback site.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CorpusFeedsCliTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("ingest-feeds-").FullName;
    private FixtureWebServer server = null!;

    private string Corpus => Path.Combine(folder, "corpus");

    private string Pending => Path.Combine(folder, "pending");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ChatBot__Ingest__AllowPrivateNetworks", "true");
        Environment.SetEnvironmentVariable("ChatBot__Ingest__MinIntervalPerHost", "00:00:00");
        Environment.SetEnvironmentVariable("ChatBot__Ingest__FeedsFile", Path.Combine(folder, "feeds.json"));
        Environment.SetEnvironmentVariable("ChatBot__Ingest__PendingDirectory", Pending);
        Directory.CreateDirectory(Path.Combine(Corpus, "articles"));
        File.Copy(Path.Combine(CliRunner.Corpus, "articles", "000_5816683cddb79770.md"), Path.Combine(Corpus, "articles", "000_5816683cddb79770.md"));

        server = await FixtureWebServer.StartAsync();
        var news = NewsSite.Fixture(server.BaseUrl);
        var government = GovernmentSite.Fixture(server.BaseUrl);
        server.Serve(news.Path, "text/html", news.Html);
        server.Serve(government.Path, "text/html", government.Html);
        server.Serve("/copy-of-news", "text/html", news.Html.Replace(news.CanonicalUrl, server.BaseUrl + "/copy-of-news", StringComparison.Ordinal));
        server.Serve("/rss.xml", "application/rss+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Coastal Daily — Abduction issue</title><link>{server.BaseUrl}/</link><description>d</description>
              <item><title>Reading room</title><link>{news.CanonicalUrl}</link><pubDate>Tue, 11 Mar 2031 09:30:00 GMT</pubDate></item>
              <item><title>Same story, other address</title><link>{server.BaseUrl}/copy-of-news</link></item>
            </channel></rss>
            """);
        server.Serve("/atom.xml", "application/atom+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Press releases</title><id>urn:x</id><updated>2031-02-05T00:00:00Z</updated>
              <entry><title>Briefing</title><id>urn:y</id><updated>2031-02-04T00:00:00Z</updated><link href="{government.CanonicalUrl}"/></entry>
            </feed>
            """);
    }

    public async Task DisposeAsync()
    {
        foreach (var name in new[] { "AllowPrivateNetworks", "MinIntervalPerHost", "FeedsFile", "PendingDirectory" })
        {
            Environment.SetEnvironmentVariable("ChatBot__Ingest__" + name, null);
        }

        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Sync_TurnsNewItemsOfRssAndAtomFeedsIntoPendingArticles_Once()
    {
        var rss = await InProcessCli.RunAsync("corpus", "feeds", "add", server.BaseUrl + "/rss.xml");
        var atom = await InProcessCli.RunAsync("corpus", "feeds", "add", server.BaseUrl + "/atom.xml");
        Assert.True(rss.Exit == 0 && atom.Exit == 0, rss.Error + atom.Error);
        Assert.StartsWith("Following Coastal Daily — Abduction issue", rss.Out, StringComparison.Ordinal);

        var first = await InProcessCli.RunAsync("corpus", "feeds", "sync", "--corpus", Corpus);
        var second = await InProcessCli.RunAsync("corpus", "feeds", "sync", "--corpus", Corpus);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(
            ["2031-02-04-annual-briefing-for-local-governments-on-the-abduction-issue.md", "2031-03-11-abductees-families-open-reading-room-in-niigata.md"],
            Directory.EnumerateFiles(Pending).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("2 new pending articles", first.Out, StringComparison.Ordinal);
        Assert.Contains($"skipped {server.BaseUrl}/copy-of-news: already pending as", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("0 new pending articles", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedsAdd_RefusesAPageThatIsNotAFeed()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("corpus", "feeds", "add", server.BaseUrl + NewsSite.Fixture(server.BaseUrl).Path);

        Assert.Equal(1, exit);
        Assert.EndsWith("is not an RSS or Atom feed\n", error.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
