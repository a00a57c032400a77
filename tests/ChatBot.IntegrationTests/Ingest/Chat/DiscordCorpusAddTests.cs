using System.Text.Json.Nodes;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Discord.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// /corpus add on Discord through the real host: the private preview with its buttons, Approve writing the file and
/// re-indexing so /ask answers from it, Edit details through the modal, Reject, and the refusals — all signed
/// interactions, the article served by a loopback Site.
/// </summary>
public sealed class DiscordCorpusAddTests : IAsyncLifetime
{
    private const string ModeratorId = "610000000000000001";
    private const string MemberId = "620000000000000001";

    private DiscordIngestHost ingest = null!;

    private IngestChatSite Site => ingest.Site;

    private DiscordHost Host => ingest.Host;

    private HttpClient Client => ingest.Client;

    public async Task InitializeAsync() => ingest = await DiscordIngestHost.StartAsync();

    public async Task DisposeAsync() => await ingest.DisposeAsync();

    [Fact]
    public async Task Moderator_PreviewsAndApproves_ThenAskIsAnsweredFromTheNewArticleWithItsCitation()
    {
        var preview = await AddAsync(Site.NewsUrl, ModeratorId, ManageMessages);

        Assert.True(preview.Ephemeral);
        var text = TextOf(preview.Message);
        Assert.Contains(IngestChatSite.Title, text, StringComparison.Ordinal);
        Assert.Contains("Kenji Watanabe", text, StringComparison.Ordinal);
        Assert.Contains("2031-03-11", text, StringComparison.Ordinal);
        var buttons = ButtonIds(preview.Message);
        Assert.Equal(["approve", "edit", "reject"], buttons.Select(b => b.Split(':')[1]));
        Assert.Empty(preview.Message["allowed_mentions"]!["parse"]!.AsArray());

        var approved = await Host.SeeAsync(Client, Payloads.Button(buttons[0]).By(ModeratorId, ManageMessages));
        var id = "2031-03-11-abductees-families-open-reading-room-in-niigata";
        Assert.Equal($"Now answering from: {IngestChatSite.Title} (articles/{id}.md)", TextOf(approved.Message));
        Assert.Contains($"added_by: \"discord:{ModeratorId}\"", await File.ReadAllTextAsync(Path.Combine(Site.ArticlesFolder, id + ".md")), StringComparison.Ordinal);

        var answer = await Host.SeeAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, IngestChatSite.Question)).By(MemberId, Member));
        var answerText = TextOf(answer.Message);
        Assert.Contains("4,000", answerText, StringComparison.Ordinal);
        Assert.Contains(IngestChatSite.Title, answerText, StringComparison.Ordinal);
        Assert.Contains("Kenji Watanabe", answerText, StringComparison.Ordinal);

        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal([("corpus approve", $"written as {id}"), ("corpus add", $"queued as {buttons[0].Split(':')[2]}")], log.Select(e => (e.Action, e.Outcome)));
        Assert.All(log, e => Assert.Equal(ModeratorId, e.UserId));

        var again = await AddAsync(Site.NewsUrl, ModeratorId, ManageMessages);
        Assert.Equal($"Not added: already in the corpus as {id}", TextOf(again.Message));
    }

    [Fact]
    public async Task NonModerator_IsRefusedInOneLine_AndNothingIsFetched()
    {
        var refused = await AddAsync(Site.NewsUrl, MemberId, Member);

        Assert.True(refused.Ephemeral);
        Assert.Equal("Only moderators can add articles to the corpus.", TextOf(refused.Message));
        Assert.DoesNotContain(Site.Server.Requests, r => r.Path.Contains("niigata", StringComparison.Ordinal));
        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(("corpus add", "refused: not a moderator", MemberId), (log[0].Action, log[0].Outcome, log[0].UserId));
    }

    [Fact]
    public async Task NonModerator_CannotPressApproveOnAModeratorsPreview()
    {
        var preview = await AddAsync(Site.NewsUrl, ModeratorId, Administrator);
        var before = Site.ArticleFiles();

        var pressed = await Host.SeeAsync(Client, Payloads.Button(ButtonIds(preview.Message)[0]).By(MemberId, Member));

        Assert.Equal("Only moderators can add articles to the corpus.", TextOf(pressed.Message));
        Assert.Equal(before, Site.ArticleFiles());
    }

    [Fact]
    public async Task Reject_WritesNothing_AndIsLogged()
    {
        var before = Site.ArticleFiles();
        var preview = await AddAsync(Site.NewsUrl, ModeratorId, ManageMessages);

        var rejected = await Host.SeeAsync(Client, Payloads.Button(ButtonIds(preview.Message)[2]).By(ModeratorId, ManageMessages));
        var approveLate = await Host.SeeAsync(Client, Payloads.Button(ButtonIds(preview.Message)[0]).By(ModeratorId, ManageMessages));

        Assert.Equal($"Rejected \"{IngestChatSite.Title}\". Nothing was written.", TextOf(rejected.Message));
        Assert.Equal($"\"{IngestChatSite.Title}\" was already rejected.", TextOf(approveLate.Message));
        Assert.Equal(before, Site.ArticleFiles());
        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(("corpus reject", "rejected"), (log[0].Action, log[0].Outcome));
    }

    [Fact]
    public async Task EditDetails_OpensAModal_AndTheEditedTitleIsWrittenInTheFrontMatter()
    {
        var preview = await AddAsync(Site.NewsUrl, ModeratorId, ManageMessages);
        var buttons = ButtonIds(preview.Message);

        using var opened = await Host.PostAsync(Client, Payloads.Button(buttons[1]).By(ModeratorId, ManageMessages));
        var modal = JsonNode.Parse(await opened.Content.ReadAsStringAsync())!;
        Assert.Equal(9, (int)modal["type"]!);
        var values = ValuesOf(modal["data"]!.AsObject());
        Assert.Equal((IngestChatSite.Title, "Kenji Watanabe", "2031-03-11"), (values["title"], values["author"], values["published"]));

        values["title"] = "Niigata reading room opens";
        values["publisher"] = "Coastal Daily Press";
        var edited = await Host.SeeAsync(Client, Payloads.ModalSubmit((string)modal["data"]!["custom_id"]!, values, Payloads.MessageId).By(ModeratorId, ManageMessages));
        Assert.Contains("Niigata reading room opens", TextOf(edited.Message), StringComparison.Ordinal);
        Assert.Contains("articles/2031-03-11-niigata-reading-room-opens.md", TextOf(edited.Message), StringComparison.Ordinal);

        await Host.SeeAsync(Client, Payloads.Button(buttons[0]).By(ModeratorId, ManageMessages));
        var written = await File.ReadAllTextAsync(Path.Combine(Site.ArticlesFolder, "2031-03-11-niigata-reading-room-opens.md"));
        Assert.Contains("title: \"Niigata reading room opens\"", written, StringComparison.Ordinal);
        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal(["corpus approve", "corpus edit", "corpus add"], log.Select(e => e.Action));
    }

    [Fact]
    public async Task APageWithNoArticleText_IsRefusedInOneLine()
    {
        var refused = await AddAsync(Site.LoginUrl, ModeratorId, ManageMessages);

        var text = TextOf(refused.Message);
        Assert.StartsWith("Not added: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
        Assert.Empty(ButtonIds(refused.Message));
    }

    private Task<ShownMessage> AddAsync(string url, string userId, string permissions) =>
        Host.SeeAsync(Client, Payloads.Command("corpus", Payloads.Subcommand("add", Payloads.Option("url", 3, url))).By(userId, permissions));
}
