using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Study;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>A seeded card posted, edited, looked up by its history, deleted and autocompleted by slug on Discord, through the real host.</summary>
public sealed class DiscordFactCardLifecycleTests : IAsyncLifetime
{
    private const string ModeratorId = "640000000000000001";
    private const string Slug = StudyCards.Slug;

    private DiscordHost host = null!;
    private HttpClient client = null!;

    private IFactCardStore Store => host.Factory.Services.GetRequiredService<IFactCardStore>();

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        await Seed(Slug, StudyCards.Summit);
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Post_ByAModerator_IsAPublicFactCardMessage_ThatPingsNobody()
    {
        var posted = await host.SeeAsync(client, FactCard("post", Slug).By(ModeratorId, ManageMessages));

        Assert.False(posted.Ephemeral);
        Assert.Null(posted.Message["flags"]);
        Assert.Equal("""{"parse":[]}""", posted.Message["allowed_mentions"]!.ToJsonString());
        var embed = posted.Message["embeds"]![0]!;
        Assert.Equal("The 2002 Pyongyang summit", (string)embed["title"]!);
        Assert.Contains("1. The summit was held in Pyongyang on 17 September 2002. [1]", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.StartsWith($"Fact card \"{Slug}\", version 1", (string)embed["footer"]!["text"]!, StringComparison.Ordinal);
        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(5);
        Assert.Equal((ModeratorId, "factcard post", "posted version 1"), (log[0].UserId, log[0].Action, log[0].Outcome));
    }

    [Fact]
    public async Task Edit_OpensTheModalFilledIn_AndHistoryShowsTheNewRevisionFirst()
    {
        using var response = await host.PostAsync(client, FactCard("edit", Slug).By(ModeratorId, Administrator));
        var modal = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var values = ValuesOf(modal["data"]!.AsObject());
        values["title"] = "The Pyongyang summit of 2002";

        var saved = await host.SeeAsync(client, Payloads.ModalSubmit((string)modal["data"]!["custom_id"]!, values).By(ModeratorId, Administrator));
        var history = await host.SeeAsync(client, FactCard("history", Slug).By(ModeratorId, Administrator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((9, $"fc:edit:{Slug}:1"), ((int)modal["type"]!, (string)modal["data"]!["custom_id"]!));
        Assert.Contains(StudyCards.SummitQuote, values["facts"], StringComparison.Ordinal);
        Assert.Contains($"Saved \"{Slug}\", version 2", TextOf(saved.Message), StringComparison.Ordinal);
        Assert.True(history.Ephemeral);
        var text = (string)history.Message["embeds"]![0]!["description"]!;
        Assert.Contains($"edited by Member 001 (discord:{ModeratorId})", text, StringComparison.Ordinal);
        Assert.Contains("title: “The 2002 Pyongyang summit” → “The Pyongyang summit of 2002”", text, StringComparison.Ordinal);
        Assert.InRange(text.IndexOf("v2 · ", StringComparison.Ordinal), 0, text.IndexOf("v1 · ", StringComparison.Ordinal) - 1);
        var card = await Store.GetAsync(Slug);
        Assert.Equal(("The Pyongyang summit of 2002", 2), (card!.Content.Title, card.Version));
    }

    [Fact]
    public async Task Delete_AsksFirst_ThenHidesTheCard_ButKeepsItsHistory()
    {
        var asked = await host.SeeAsync(client, FactCard("delete", Slug).By(ModeratorId, ManageMessages));
        var buttons = ButtonIds(asked.Message);
        Assert.Equal([$"fc:del:{Slug}:1", $"fc:keep:{Slug}"], buttons);
        Assert.False((await Store.GetAsync(Slug))!.IsDeleted);

        var deleted = await host.SeeAsync(client, Payloads.Button(buttons[0]).By(ModeratorId, ManageMessages));
        var (_, shown) = await host.ShownAsync(client, FactCard("show", Slug).By("650000000000000001", Member));
        var history = await host.SeeAsync(client, FactCard("history", Slug).By(ModeratorId, ManageMessages));

        Assert.True(asked.Ephemeral);
        Assert.Contains(deleted.Type, new[] { 6, 7 });
        Assert.Contains($"Deleted \"{Slug}\". It is hidden from everyone; its history is kept", TextOf(deleted.Message), StringComparison.Ordinal);
        Assert.Contains($"There is no fact card \"{Slug}\"", TextOf(shown), StringComparison.Ordinal);
        var embed = history.Message["embeds"]![0]!;
        Assert.Equal($"History of \"{Slug}\" (deleted)", (string)embed["title"]!);
        Assert.Contains($"v2 · ", (string)embed["description"]!, StringComparison.Ordinal);
        Assert.Contains($"deleted by Member 001 (discord:{ModeratorId})", (string)embed["description"]!, StringComparison.Ordinal);
        var card = await Store.GetAsync(Slug);
        Assert.Equal((true, 2), (card!.IsDeleted, card.Version));
        Assert.Equal(2, (await Store.HistoryAsync(Slug)).Count);
        Assert.Empty(await ChoicesAsync(Slug[..5]));
    }

    [Fact]
    public async Task SlugAutocomplete_OffersTheCardsStartingWithWhatWasTyped()
    {
        await Seed("pyongyang-summit-2004", StudyCards.Summit with { Title = "The 2004 Pyongyang summit" });
        await Seed("five-return-2002", StudyCards.Summit with { Title = "Pyongyang lets five go home" });

        var choices = await ChoicesAsync("pyong");

        Assert.Equal(["pyongyang-summit-2002", "pyongyang-summit-2004"], choices.Take(2).Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Equal("five-return-2002", choices[2].Value);
        Assert.Equal(3, choices.Count);
        Assert.Contains(("pyongyang-summit-2002 — The 2002 Pyongyang summit", "pyongyang-summit-2002"), choices);
    }

    [Fact]
    public async Task SlugAutocomplete_OffersAtMost25Choices_WithNamesOfAtMost100Characters()
    {
        var longTitle = "A title written out to the full hundred characters that a fact card allows, so the choice is cut: ok";
        Assert.Equal(100, longTitle.Length);
        for (var i = 1; i <= 30; i++)
        {
            await Seed($"study-card-{i:00}", StudyCards.Summit with { Title = longTitle });
        }

        var all = await ChoicesAsync("");
        var some = await ChoicesAsync("study-card-1");

        Assert.Equal(25, all.Count);
        Assert.All(all, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.All(all, c => Assert.InRange(c.Value.Length, 1, 100));
        Assert.Equal([.. Enumerable.Range(10, 10).Select(i => $"study-card-{i}")], some.Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    private async Task<List<(string Name, string Value)>> ChoicesAsync(string typed)
    {
        var interaction = Payloads.Autocomplete("factcard", Payloads.Subcommand("show", Payloads.Option("slug", 3, typed, focused: true)));
        using var response = await host.PostAsync(client, interaction.By(ModeratorId, Member));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(8, (int)body["type"]!);
        return [.. body["data"]!["choices"]!.AsArray().Select(c => ((string)c!["name"]!, (string)c["value"]!))];
    }

    private async Task Seed(string slug, FactCardContent content) =>
        Assert.Equal(FactCardOutcome.Saved, (await host.Factory.Services.GetRequiredService<FactCardService>().ImportAsync(slug, content, FactCardActor.Cli("seed"))).Outcome);
}
