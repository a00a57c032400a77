using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// /factcard create on Discord through the real host: the modal Discord opens, the modal submission it sends back,
/// the quote check against the bundled corpus, and the card as /factcard show renders it.
/// </summary>
public sealed class DiscordFactCardCreateTests : IAsyncLifetime
{
    private const string Slug = "five-return-2002";
    private const string ModeratorId = "610000000000000001";

    private DiscordHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Moderation:DiscordRoleIds:0"] = ModeratorRole;
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData(ManageMessages, null)]
    [InlineData(Administrator, null)]
    [InlineData(Member, ModeratorRole)]
    public async Task Moderator_CreatesACardThroughTheModal_AndShowRendersItAsAFactCard(string permissions, string? role)
    {
        var roles = role is null ? Array.Empty<string>() : [role];

        var modal = await OpenCreateFormAsync(permissions, roles);
        var saved = await host.SeeAsync(client, Payloads.ModalSubmit((string)modal["custom_id"]!, NewCard(Slug)).By(ModeratorId, permissions, roles));
        var shown = await host.SeeAsync(client, FactCard("show", Slug).By("620000000000000001", Member));

        Assert.True(saved.Ephemeral);
        Assert.Contains($"Created \"{Slug}\", version 1", TextOf(saved.Message), StringComparison.Ordinal);
        Assert.Contains($"fc:post:{Slug}", ButtonIds(saved.Message));
        var embed = shown.Message["embeds"]![0]!;
        Assert.Equal("The five return home", (string)embed["title"]!);
        Assert.Contains("1. Five abductees returned to Japan on 15 October 2002. [1]", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Contains("2. Choi Sung", (string)embed["description"]!, StringComparison.Ordinal);
        var fields = embed["fields"]!.AsArray().Select(f => ((string)f!["name"]!, (string)f["value"]!)).ToList();
        Assert.Contains(fields, f => f.Item1.StartsWith("[1] ", StringComparison.Ordinal) && f.Item2.Contains("On October 15, 2002, North Korea allowed the five abductees", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.Item1.StartsWith("[2] ", StringComparison.Ordinal) && f.Item2.Contains("said he obtained the information from a source in Pyongyang", StringComparison.Ordinal));
        Assert.Contains(fields, f => f == ("Status", "✅ Verified"));
        Assert.StartsWith($"Fact card \"{Slug}\", version 1", (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
        Assert.True(shown.Ephemeral);
        Assert.Empty(ButtonIds(shown.Message));
        var card = await host.Factory.Services.GetRequiredService<IFactCardStore>().GetAsync(Slug);
        Assert.Equal(($"discord:{ModeratorId}", ChoiArticle), (card!.UpdatedBy, card.Content.Facts[1].ArticleId));
        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(["saved version 1", "form opened"], log.Select(e => e.Outcome));
        Assert.All(log, e => Assert.Equal(ModeratorId, e.UserId));
    }

    [Fact]
    public async Task CreateCommand_OpensAModalWithTheFiveFormFields()
    {
        var modal = await OpenCreateFormAsync(ManageMessages, []);

        Assert.Equal("fc:new", (string)modal["custom_id"]!);
        Assert.Equal("New fact card", (string)modal["title"]!);
        var rows = modal["components"]!.AsArray();
        Assert.All(rows, row => Assert.Equal(1, (int)row!["type"]!));
        var inputs = rows.Select(row => row!["components"]!.AsArray().Single()!).ToList();
        Assert.All(inputs, input => Assert.Equal(4, (int)input["type"]!));
        Assert.Equal(["slug", "title", "summary", "facts", "details"], inputs.Select(i => (string)i["custom_id"]!));
        Assert.Equal([1, 1, 2, 2, 2], inputs.Select(i => (int)i["style"]!));
        Assert.All(inputs, input => Assert.InRange(((string)input["label"]!).Length, 1, 45));
    }

    [Theory]
    [InlineData("On October 15, 2002, North Korea allowed all eight abductees to return home to Japan.", "the quote is not in article")]
    [InlineData("especially the ones with families who haven't seen them in decades", "the article writes it as: especially the ones with families who haven’t seen them in decades")]
    public async Task QuoteNotVerbatimInTheCorpus_IsRefusedWithTheReason_AndNothingIsSaved(string quote, string reason)
    {
        var article = quote.StartsWith("On October", StringComparison.Ordinal) ? ReturnArticle : ChoiArticle;
        var modal = await OpenCreateFormAsync(ManageMessages, []);

        var refused = await host.SeeAsync(client, Payloads.ModalSubmit((string)modal["custom_id"]!, NewCard(Slug, $"A fact.\nsource: {article}\nquote: {quote}")).By(ModeratorId, ManageMessages));
        var (_, shown) = await host.ShownAsync(client, FactCard("show", Slug).By(ModeratorId, ManageMessages));

        Assert.True(refused.Ephemeral);
        var text = TextOf(refused.Message);
        Assert.Contains("Fact card not saved", text, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", text, StringComparison.Ordinal);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        Assert.Contains(ButtonIds(refused.Message), id => id.StartsWith("fc:open:", StringComparison.Ordinal));
        Assert.Contains($"There is no fact card \"{Slug}\"", TextOf(shown), StringComparison.Ordinal);
        Assert.Null(await host.Factory.Services.GetRequiredService<IFactCardStore>().GetAsync(Slug));
        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(["refused: 1 problem(s)", "form opened"], log.Select(e => e.Outcome));
    }

    [Fact]
    public async Task FixAndResubmit_ReopensTheModalWithTheModeratorsText()
    {
        var badFacts = $"A fact.\nsource: {ReturnArticle}\nquote: On October 15, 2002, North Korea allowed all eight abductees to return.";
        var (_, refused) = await host.ShownAsync(client, Payloads.ModalSubmit("fc:new", NewCard(Slug, badFacts)).By(ModeratorId, ManageMessages));
        var reopen = ButtonIds(refused).Single(id => id.StartsWith("fc:open:", StringComparison.Ordinal));

        using var response = await host.PostAsync(client, Payloads.Button(reopen).By(ModeratorId, ManageMessages));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, (int)body["type"]!);
        Assert.Equal(badFacts, ValuesOf(body["data"]!.AsObject())["facts"]);
    }

    private async Task<JsonObject> OpenCreateFormAsync(string permissions, string[] roles)
    {
        using var response = await host.PostAsync(client, FactCard("create").By(ModeratorId, permissions, roles));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(9, (int)body["type"]!);
        return body["data"]!.AsObject();
    }
}
