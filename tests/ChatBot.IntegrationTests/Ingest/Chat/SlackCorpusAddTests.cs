using System.Text.Json.Nodes;
using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// /corpus add on Slack through the real host: signed slash command, the private preview with its buttons through the
/// response_url, Approve, then /ask answered from the new article; Edit details through a modal; the refusal.
/// </summary>
public sealed class SlackCorpusAddTests : IAsyncLifetime
{
    private const string Moderator = "UMOD";

    private IngestChatSite site = null!;
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        site = await IngestChatSite.StartAsync();
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack);
        site.Configure(host.Settings);
        host.Settings["ChatBot:Moderation:SlackUserIds:0"] = Moderator;
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.Work.WhenIdleAsync();
        await host.DisposeAsync();
        await slack.DisposeAsync();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task Moderator_ApprovesThePreview_ThenAskIsAnsweredFromTheNewArticle()
    {
        var preview = await CommandAsync("/corpus", $"add <{site.NewsUrl}>", "add", Moderator);

        Assert.Equal("ephemeral", (string)preview["response_type"]!);
        Assert.Contains(IngestChatSite.Title, Text(preview), StringComparison.Ordinal);
        var buttons = ActionIds(preview);
        Assert.Equal(["approve", "edit", "reject"], buttons.Select(b => b.Split(':')[1]));

        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(buttons[0], slack.ResponseUrl("approve"), user: Moderator));
        var approved = await slack.WaitForAsync(c => c.Path == "/hooks/approve");
        Assert.True((bool)approved.Json["replace_original"]!);
        Assert.StartsWith($"Now answering from: {IngestChatSite.Title}", Text(approved.Json), StringComparison.Ordinal);

        var answer = await CommandAsync("/ask", IngestChatSite.Question, "ask", "U2");
        Assert.Contains("4,000", Text(answer), StringComparison.Ordinal);
        Assert.Contains("Kenji Watanabe", answer.ToJsonString(), StringComparison.Ordinal);
        var log = await host.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal([("corpus approve", Moderator), ("corpus add", Moderator)], log.Select(e => (e.Action, e.UserId)));
    }

    [Fact]
    public async Task EditDetails_OpensAModal_AndItsSubmissionUpdatesThePreview()
    {
        var preview = await CommandAsync("/corpus", $"add {site.NewsUrl}", "edit", Moderator);
        var edit = ActionIds(preview)[1];

        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(edit, slack.ResponseUrl("edit-press"), user: Moderator, trigger: "t.corpus-edit"));
        var opened = await slack.WaitForAsync(c => c.IsApi("views.open") && c.Body.Contains("corpus:save:", StringComparison.Ordinal));
        var view = opened.Json["view"]!;
        var values = new Dictionary<string, string> { ["title"] = "Niigata reading room opens", ["author"] = "Kenji Watanabe", ["published"] = "2031-03", ["publisher"] = "" };
        await host.PostSignedAsync("/slack/interactions", SlackForms.ViewSubmission((string)view["callback_id"]!, (string)view["private_metadata"]!, values, user: Moderator));

        var updated = await slack.WaitForAsync(c => c.Path == "/hooks/edit-press");
        Assert.True((bool)updated.Json["replace_original"]!);
        Assert.Contains("Niigata reading room opens", Text(updated.Json), StringComparison.Ordinal);
        Assert.Contains("articles/2031-03-niigata-reading-room-opens.md", Text(updated.Json), StringComparison.Ordinal);
        Assert.Contains("no publisher found", Text(updated.Json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonModerator_IsRefusedInOneLine()
    {
        var refused = await CommandAsync("/corpus", $"add {site.NewsUrl}", "refused", "U2");

        Assert.Equal("ephemeral", (string)refused["response_type"]!);
        Assert.Equal("Only moderators can add articles to the corpus.", (string?)refused["text"]);
        Assert.DoesNotContain(site.Server.Requests, r => r.Path.Contains("niigata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModeratorMention_FetchesNothing_AndPointsOnlyTheModeratorToTheSlashCommand()
    {
        var mention = SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> corpus add <{site.NewsUrl}>", "1700000000.017100", user: Moderator);
        await host.PostSignedAsync("/slack/events", SlackForms.Event("Ev-corpus-mention", mention), "application/json");

        var posted = await slack.WaitForAsync(c => c.IsApi("chat.postEphemeral") && c.Body.Contains("1700000000.017100", StringComparison.Ordinal));
        Assert.Equal(Moderator, (string)posted.Json["user"]!);
        Assert.Contains("Use /corpus add &lt;url&gt; — previews are private.", Text(posted.Json), StringComparison.Ordinal);
        await host.Work.WhenIdleAsync();
        Assert.Empty(slack.Calls(c => c.IsApi("chat.postMessage")));
        Assert.DoesNotContain(site.Server.Requests, r => r.Path.Contains("niigata", StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<IModerationLog>().ListAsync(10));
    }

    /// <summary>The reply as the user sees it: the acknowledgement, or what follows on the response_url after "Looking that up…".</summary>
    private async Task<JsonNode> CommandAsync(string command, string text, string hook, string user)
    {
        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command(command, text, slack.ResponseUrl(hook), user: user));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (string?)json["text"] == "Looking that up…" ? (await slack.WaitForAsync(c => c.Path == "/hooks/" + hook)).Json : json;
    }

    /// <summary>Every string in the message (text, blocks, fields), one per line.</summary>
    private static string Text(JsonNode message) => string.Join("\n", Strings(message));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static List<string> ActionIds(JsonNode message) =>
        [.. message["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray()).Select(e => (string?)e!["action_id"]).OfType<string>()];
}
