using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Study;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// Members who are not moderators (no ADMINISTRATOR or MANAGE_MESSAGES, no configured role) on Discord, through the
/// real host: a polite ephemeral refusal, no modal, the card untouched, and only the refusal in the moderation log.
/// </summary>
public sealed class DiscordFactCardRefusalTests : IAsyncLifetime
{
    private const string MemberId = "630000000000000001";

    private DiscordHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Moderation:DiscordRoleIds:0"] = ModeratorRole;
        await host.Factory.Services.GetRequiredService<FactCardService>().ImportAsync(StudyCards.Slug, StudyCards.Summit, FactCardActor.Cli("seed"));
        client = host.Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("create", Member)]
    [InlineData("edit", Member)]
    [InlineData("delete", Member)]
    [InlineData("post", Member)]
    [InlineData("history", "0")]
    [InlineData("draft", Member)]
    public async Task NonModerator_GetsAPoliteEphemeralRefusal_AndNothingChanges(string subcommand, string permissions)
    {
        var interaction = subcommand switch
        {
            "create" => FactCard("create"),
            "draft" => Payloads.Command("factcard", Payloads.Subcommand("draft", Payloads.Option("topic", 3, "Pyongyang summit"))),
            _ => FactCard(subcommand, StudyCards.Slug),
        };

        var (type, message, ephemeral) = await host.SeeAsync(client, interaction.By(MemberId, permissions, OtherRole));

        Assert.NotEqual(9, type);
        Assert.True(ephemeral);
        Assert.Contains("Sorry, only moderators can", (string)message["content"]!, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", (string)message["content"]!, StringComparison.Ordinal);
        Assert.Empty(ButtonIds(message));
        Assert.Equal("""{"parse":[]}""", message["allowed_mentions"]!.ToJsonString());
        await AssertUntouchedAsync();
        await AssertOnlyRefusalsLoggedAsync(1);
    }

    [Fact]
    public async Task NonModerator_CanStillShowAndListCards()
    {
        var (_, shown) = await host.ShownAsync(client, FactCard("show", StudyCards.Slug).By(MemberId, Member));
        var (_, listed) = await host.ShownAsync(client, FactCard("list").By(MemberId, Member));

        Assert.Equal("The 2002 Pyongyang summit", (string)shown["embeds"]![0]!["title"]!);
        Assert.Contains(StudyCards.Slug, TextOf(listed), StringComparison.Ordinal);
        Assert.Empty(await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10));
    }

    [Fact]
    public async Task NonModerator_ForgingTheModeratorsModalAndButtons_IsRefused_AndTheCardStays()
    {
        var values = StudyCards.FormValues("Forged title");

        var edit = await host.SeeAsync(client, Payloads.ModalSubmit($"fc:edit:{StudyCards.Slug}:1", values).By(MemberId, Member));
        var create = await host.SeeAsync(client, Payloads.ModalSubmit("fc:new", NewCard("forged-card")).By(MemberId, Member));
        var delete = await host.SeeAsync(client, Payloads.Button($"fc:del:{StudyCards.Slug}:1").By(MemberId, Member));
        var post = await host.SeeAsync(client, Payloads.Button($"fc:post:{StudyCards.Slug}").By(MemberId, Member));

        Assert.All([edit, create, delete, post], shown =>
        {
            Assert.True(shown.Ephemeral);
            Assert.Contains("only moderators can change or post fact cards", (string)shown.Message["content"]!, StringComparison.Ordinal);
        });
        await AssertUntouchedAsync();
        Assert.Null(await host.Factory.Services.GetRequiredService<IFactCardStore>().GetAsync("forged-card"));
        await AssertOnlyRefusalsLoggedAsync(4);
    }

    [Fact]
    public async Task RoleMember_IsRefused_WhenTheRoleIsNotTheConfiguredOne()
    {
        using var response = await host.PostAsync(client, FactCard("create").By(MemberId, Member, OtherRole, "900000000000000779"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (int)body["type"]!);
        Assert.Contains("only moderators can create", (string)body["data"]!["content"]!, StringComparison.Ordinal);
    }

    private async Task AssertUntouchedAsync()
    {
        var store = host.Factory.Services.GetRequiredService<IFactCardStore>();
        var card = await store.GetAsync(StudyCards.Slug);
        Assert.Equal(("The 2002 Pyongyang summit", 1, false), (card!.Content.Title, card.Version, card.IsDeleted));
        Assert.Single(await store.HistoryAsync(StudyCards.Slug));
        Assert.Single(await store.ListAsync());
    }

    /// <summary>The product records refused attempts (docs: "every refused attempt is written"), but never as an action done.</summary>
    private async Task AssertOnlyRefusalsLoggedAsync(int count)
    {
        var log = await host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(20);
        Assert.Equal(count, log.Count);
        Assert.All(log, e => Assert.Equal((MemberId, "refused: not a moderator"), (e.UserId, e.Outcome)));
    }
}
