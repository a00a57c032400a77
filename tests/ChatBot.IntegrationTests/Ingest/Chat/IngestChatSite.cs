using ChatBot.Evaluation;
using ChatBot.IntegrationTests.Ingest.Support;
using ChatBot.UnitTests.Ingest.Support;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// What the chat tests of /corpus add share: a copy of the bundled corpus to add to, and a loopback news site
/// serving the Niigata article and a page with no article text. The settings let the guard reach loopback (as an
/// intranet install would) with no per-host wait, so no real clock is involved.
/// </summary>
internal sealed class IngestChatSite : IAsyncDisposable
{
    public const string Title = "Abductees’ families open reading room in Niigata";
    public const string Question = "How many documents does the reading room in Niigata hold?";

    private IngestChatSite(FixtureWebServer server, string corpus)
    {
        Server = server;
        Corpus = corpus;
    }

    public FixtureWebServer Server { get; }

    public string Corpus { get; }

    public string NewsUrl => Server.BaseUrl + NewsSite.Fixture(Server.BaseUrl).Path;

    public string LoginUrl => Server.BaseUrl + "/login";

    public string ArticlesFolder => Path.Combine(Corpus, "articles");

    public static async Task<IngestChatSite> StartAsync()
    {
        var corpus = Directory.CreateTempSubdirectory("ingest-chat-").FullName;
        foreach (var file in Directory.EnumerateFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(corpus, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var server = await FixtureWebServer.StartAsync();
        var news = NewsSite.Fixture(server.BaseUrl);
        server.Serve(news.Path, "text/html; charset=utf-8", news.Html);
        server.Serve("/login", "text/html", "<html><body><nav><a href='/'>Home</a></nav><p>Please log in.</p></body></html>");
        return new IngestChatSite(server, corpus);
    }

    public void Configure(Dictionary<string, string?> settings)
    {
        settings["ChatBot:Corpus:Directory"] = Corpus;
        settings["ChatBot:Ingest:AllowPrivateNetworks"] = "true";
        settings["ChatBot:Ingest:MinIntervalPerHost"] = "00:00:00";
        settings["ChatBot:RateLimits:Enabled"] = "false";
    }

    public List<string> ArticleFiles() => [.. Directory.EnumerateFiles(ArticlesFolder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(Corpus, recursive: true);
        }
        catch (IOException)
        {
            // The host's watcher may still hold the folder for a moment; the OS cleans temp folders.
        }
    }
}
