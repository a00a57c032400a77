using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Host.Hosting.Admin;
using ChatBot.IntegrationTests.Cli;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatBot.IntegrationTests.Study;

/// <summary>
/// `chatbot factcards list/export/import` against the database a real `chatbot serve` process holds: they go through
/// its loopback admin endpoint, say so, import all or nothing into the moderation log, and the bot keeps serving.
/// When the database is locked and no host answers, one line and exit code 1.
/// </summary>
[Collection(ConsoleCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // owner-only file modes, and SIGTERM to stop serve
public sealed class FactCardsWhileServingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-serving-").FullName;

    private string Database => Path.Combine(folder, "chatbot.db");

    [Fact]
    public async Task ListExportImport_GoThroughTheRunningServe_AllOrNothing_IntoTheModerationLog_WithoutStoppingIt()
    {
        var good = await CardsFileAsync("good.yaml", (StudyCards.Slug, StudyCards.SummitQuote));
        var bad = await CardsFileAsync("bad.yaml", ("another-card", StudyCards.SummitQuote), ("invented", "North Korea returned all abductees in 1990."));
        var export = Path.Combine(folder, "export.json");
        await using var serve = await ServeProcess.StartAsync(folder, Database);
        var route = $"fact cards: {Database} is in use by `chatbot serve` (pid {serve.Pid}); going through its admin endpoint at ";

        var refused = await InProcessCli.RunAsync("factcards", "import", bad, "--db", Database, "--by", "alice");
        var imported = await InProcessCli.RunAsync("factcards", "import", good, "--db", Database, "--by", "alice");
        var listed = await InProcessCli.RunAsync("factcards", "list", "--db", Database);
        var exported = await InProcessCli.RunAsync("factcards", "export", export, "--db", Database);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AdminHandoff.PathFor(Database)));
        Assert.Equal(1, refused.Exit);
        Assert.StartsWith(route, refused.Error, StringComparison.Ordinal);
        Assert.Contains("rejected invented: fact 1: the quote is not in article", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing imported: 1 of 2 cards were rejected", refused.Error, StringComparison.Ordinal);
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.StartsWith(route, imported.Error, StringComparison.Ordinal);
        Assert.Contains($"imported {StudyCards.Slug} (version 1)", imported.Out, StringComparison.Ordinal);
        Assert.Equal(0, listed.Exit);
        Assert.Matches($@"^{StudyCards.Slug} +verified +v1 ", listed.Out);
        Assert.DoesNotContain("another-card", listed.Out, StringComparison.Ordinal);
        Assert.Equal(0, exported.Exit);
        Assert.Contains(StudyCards.SummitQuote, await File.ReadAllTextAsync(export), StringComparison.Ordinal);
        using (var http = new HttpClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{serve.Url}/readyz")).StatusCode);
            var handoff = AdminHandoff.TryRead(Database).Handoff!;
            using var forged = new HttpRequestMessage(HttpMethod.Get, $"{handoff.Url}/factcards");
            forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", new string('0', handoff.Token.Length));
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(forged)).StatusCode);
        }

        Assert.Equal(0, await serve.StopAsync());
        Assert.False(File.Exists(AdminHandoff.PathFor(Database)), "serve removes the handoff file when it stops");
        var direct = await InProcessCli.RunAsync("factcards", "list", "--db", Database, "--corpus", CliRunner.Corpus);
        Assert.StartsWith($"fact cards: {Database} (opened directly)", direct.Error, StringComparison.Ordinal);
        Assert.Contains(StudyCards.Slug, direct.Out, StringComparison.Ordinal);
        using var database = Open();
        var log = await new LiteDbModerationLog(database).ListAsync(10);
        Assert.Equal(
            [(ChatPlatform.Cli, "alice", FactCardImporter.Action, StudyCards.Slug, "saved version 1"), (ChatPlatform.Cli, "alice", FactCardImporter.Action, "2 cards", "refused: 1 invalid; nothing imported")],
            log.Select(e => (e.Platform, e.UserId, e.Action, e.Target, e.Outcome)));
        Assert.Equal("cli:alice", Assert.Single(await new LiteDbFactCardStore(database).HistoryAsync(StudyCards.Slug)).By);
    }

    public static TheoryData<string, string> NobodyAnswers => new()
    {
        { "none", "there is no chatbot.db.admin beside it" },
        { "stale", "could not be reached (Connection refused" },
        { "shared", "may be read or written by other users" },
    };

    [Theory]
    [MemberData(nameof(NobodyAnswers))]
    public async Task WhenTheDatabaseIsLocked_AndNoServeAnswers_ItSaysSoInOneLine_AndChangesNothing(string handoff, string reason)
    {
        var good = await CardsFileAsync("good.yaml", (StudyCards.Slug, StudyCards.SummitQuote));
        using var holder = Open();
        Assert.True(holder.EnsureOpened().IsOpen);
        if (handoff != "none")
        {
            new AdminHandoff($"http://127.0.0.1:{ClosedPort()}", "0123456789abcdef", 4242).Write(Database);
            File.SetUnixFileMode(AdminHandoff.PathFor(Database), handoff == "shared" ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var (exit, output, error) = await InProcessCli.RunAsync("factcards", "import", good, "--db", Database);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"error: database {Database} is locked by another process, and no running `chatbot serve` could take the request: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was changed", line, StringComparison.Ordinal);
        Assert.Empty(await new LiteDbFactCardStore(holder).ListAsync());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ChatBotDatabase Open() => new(Options.Create(new StorageOptions { DatabasePath = Database }), NullLogger<ChatBotDatabase>.Instance);

    private async Task<string> CardsFileAsync(string name, params (string Slug, string Quote)[] cards)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllLinesAsync(path, ["cards:", .. cards.SelectMany(c => new[]
        {
            $"  - slug: {c.Slug}",
            "    title: A card",
            "    summary: Cited from the corpus.",
            "    status: verified",
            "    facts:",
            $"      - article: {StudyCards.Article}",
            $"        quote: {c.Quote}",
        })]);
        return path;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
