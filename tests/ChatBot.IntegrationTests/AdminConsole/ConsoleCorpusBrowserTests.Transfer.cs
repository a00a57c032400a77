using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>Exporting the fact cards and importing a file back while the host holds the database.</summary>
public sealed partial class ConsoleCorpusBrowserTests
{
    [Fact]
    public Task FactCards_ExportThenImportAModifiedFile_UpdatesTheCard_AndAMalformedFileChangesNothing() => Host.RunAsync(nameof(FactCards_ExportThenImportAModifiedFile_UpdatesTheCard_AndAMalformedFileChangesNothing), async () =>
    {
        var cards = Host.Factory.Services.GetRequiredService<FactCardService>();
        var quote = QuoteSearch.Find(Corpus, "Pyongyang summit")[0];
        var created = await cards.CreateAsync("transfer-card", new FactCardContent("Before the round trip", "A card to export.", [new FactCardFact(quote.Sentence, quote.ArticleId, quote.Sentence)], FactCardStatus.Verified, ["summit"]), FactCardActor.Cli("seed"));
        Assert.Equal(FactCardOutcome.Saved, created.Outcome);
        SignIn();

        var exported = JsonNode.Parse(await ExportAsync())!;
        var card = exported["cards"]!.AsArray().Single(c => (string?)c!["slug"] == "transfer-card")!;
        Assert.Equal("Before the round trip", (string?)card["title"]);
        card["title"] = "After the round trip";
        var folder = Directory.CreateTempSubdirectory("chatbot-console-import-").FullName;
        var modified = Path.Combine(folder, "cards.json");
        await File.WriteAllTextAsync(modified, exported.ToJsonString());

        Host.Open("/admin/factcards/transfer");
        Host.Browser.FindElement(By.Id("file")).SendKeys(modified);
        Host.Submit(By.Id("import"));
        Assert.StartsWith("Imported: 0 created, 1 updated,", Host.Text("import-result"), StringComparison.Ordinal);
        Assert.Contains("0 refused", Host.Text("import-result"), StringComparison.Ordinal);
        var updated = (await cards.FindAsync("transfer-card"))!;
        Assert.Equal(("After the round trip", 2), (updated.Content.Title, updated.Version));

        var malformed = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(malformed, "{ \"cards\": [ { \"slug\": \"transfer-card\", \"title\": ");
        Host.Browser.FindElement(By.Id("file")).SendKeys(malformed);
        Host.Submit(By.Id("import"));
        var error = Host.Text("import-error");
        Assert.StartsWith("Nothing imported: broken.json: not valid JSON", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.Equal(2, (await cards.FindAsync("transfer-card"))!.Version);

        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(100);
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: "console factcard export" });
        Assert.Contains(log, e => e is { Platform: ChatPlatform.Slack, UserId: ConsoleHost.ModeratorSlackUser, Action: "console factcard import", Target: "cards.json" } && e.Outcome.StartsWith("0 created, 1 updated", StringComparison.Ordinal));
        Assert.Contains(log, e => e is { Action: "console factcard import", Target: "broken.json" } && e.Outcome.StartsWith("refused: Nothing imported", StringComparison.Ordinal));
        Assert.Contains(log, e => e is { Action: FactCardImporter.Action, Target: "transfer-card", Outcome: "saved version 2" } && e.UserId == $"slack:{ConsoleHost.ModeratorSlackUser}");
        Directory.Delete(folder, recursive: true);
    });

    /// <summary>The export as the browser's session downloads it.</summary>
    private async Task<string> ExportAsync()
    {
        var cookie = Host.Browser.Manage().Cookies.GetCookieNamed("chatbot-admin")!;
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/factcards/transfer?handler=Export");
        request.Headers.Add("Cookie", $"chatbot-admin={cookie.Value}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("factcards-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }
}
