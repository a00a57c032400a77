using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// A followed RSS feed with moderator channels on Discord and Slack, in the real host on a fake clock: the scheduled poll
/// offers the new item on both; a moderator approves it on one platform, the article is written and indexed, /ask is
/// answered from it with its author and date, and the message on the other platform shows the decision instead of buttons.
/// </summary>
public sealed class FeedOnBothPlatformsTests : IAsyncLifetime
{
    private const string DiscordChannel = Payloads.ChannelId;
    private const string SlackChannel = "CMODS";
    private const string SlackModerator = "UMOD";
    private const string DiscordModerator = "610000000000000003";
    private const string SlackTs = "1700000000.000100";
    private const string ArticleId = "2031-03-11-abductees-families-open-reading-room-in-niigata";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2031, 3, 12, 8, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey key = new();
    private IngestChatSite site = null!;
    private FakeSlackServer slack = null!;
    private FakeDiscordApi discord = null!;
    private SlackTestFactory host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        site = await IngestChatSite.StartAsync();
        site.Server.Serve("/rss.xml", "application/rss+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Coastal Daily — Abduction issue</title><link>{site.Server.BaseUrl}/</link><description>d</description>
              <item><title>Reading room</title><link>{site.NewsUrl}</link></item>
            </channel></rss>
            """);
        slack = await FakeSlackServer.StartAsync();
        discord = await FakeDiscordApi.StartAsync();
        host = new SlackTestFactory(slack, configure: services =>
        {
            services.RemoveAll<FeedPoller>();
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedPoller>(sp, (TimeProvider)clock));
        });
        site.Configure(host.Settings);
        host.Settings["ChatBot:Discord:ApplicationId"] = Payloads.ApplicationId;
        host.Settings["ChatBot:Discord:PublicKey"] = key.PublicKeyHex;
        host.Settings["ChatBot:Discord:ApiBaseUrl"] = discord.BaseUrl.ToString();
        host.Settings["ChatBot:Discord:BotToken"] = "test-bot-token";
        host.Settings["ChatBot:Ingest:Feeds:0"] = site.Server.BaseUrl + "/rss.xml";
        host.Settings["ChatBot:Ingest:FeedPollInterval"] = "00:30:00";
        host.Settings["ChatBot:Ingest:ModeratorChannel:Discord"] = DiscordChannel;
        host.Settings["ChatBot:Ingest:ModeratorChannel:Slack"] = SlackChannel;
        host.Settings["ChatBot:Moderation:SlackUserIds:0"] = SlackModerator;
        client = host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.Work.WhenIdleAsync();
        await host.DisposeAsync();
        await slack.DisposeAsync();
        await discord.DisposeAsync();
        key.Dispose();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task ApprovedOnDiscord_TheArticleAnswersQuestions_AndTheSlackMessageShowsTheDecision()
    {
        var approve = await OfferedOnBothAsync();

        var approved = await SeeOnDiscordAsync(Payloads.Button(approve, messageId: "1").By(DiscordModerator, ManageMessages));

        Assert.Equal($"Now answering from: {IngestChatSite.Title} (articles/{ArticleId}.md)", TextOf(approved));
        Assert.Contains($"added_by: \"discord:{DiscordModerator}\"", await File.ReadAllTextAsync(Path.Combine(site.ArticlesFolder, ArticleId + ".md")), StringComparison.Ordinal);
        var update = Assert.Single(slack.Calls(c => c.IsApi("chat.update")));
        Assert.Equal((SlackChannel, SlackTs), ((string?)update.Json["channel"], (string?)update.Json["ts"]));
        Assert.Contains("Now answering from: ", update.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("corpus:approve:", update.Body, StringComparison.Ordinal);

        var answer = await SeeOnDiscordAsync(Payloads.Command("ask", Payloads.Option("question", 3, IngestChatSite.Question)).By("620000000000000003", Member));
        var answerText = TextOf(answer);
        Assert.Contains("4,000", answerText, StringComparison.Ordinal);
        Assert.Contains(IngestChatSite.Title, answerText, StringComparison.Ordinal);
        Assert.Contains("Kenji Watanabe", answerText, StringComparison.Ordinal);
        Assert.Contains("2031-03-11", answerText, StringComparison.Ordinal);

        var log = await host.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal([("corpus approve", ChatPlatform.Discord, DiscordModerator), ("corpus feed", ChatPlatform.Feed, "feed:" + site.Server.BaseUrl + "/rss.xml")], log.Select(e => (e.Action, e.Platform, e.UserId)));
    }

    [Fact]
    public async Task RejectedOnSlack_TheDiscordMessageShowsTheDecisionWithoutButtons()
    {
        var approve = await OfferedOnBothAsync();
        var reject = approve.Replace(":approve:", ":reject:", StringComparison.Ordinal);

        // Pressed on the message the poll posted: the fake Slack gave it this ts.
        var press = SlackForms.BlockAction(reject, slack.ResponseUrl("feed-reject"), channel: SlackChannel, user: SlackModerator).Replace("1700000000.000200", SlackTs, StringComparison.Ordinal);
        await host.PostSignedAsync("/slack/interactions", press);
        var rejected = await slack.WaitForAsync(c => c.Path == "/hooks/feed-reject");
        var edit = await discord.NextAsync(r => r.Method == "PATCH" && r.Path.EndsWith($"/channels/{DiscordChannel}/messages/1", StringComparison.Ordinal));

        Assert.Contains($"Rejected \"{IngestChatSite.Title}\"", (string?)rejected.Json["text"], StringComparison.Ordinal);
        var message = JsonNode.Parse(edit.Body)!.AsObject();
        Assert.Equal($"Rejected \"{IngestChatSite.Title}\". Nothing was written.", TextOf(message));
        Assert.Empty(ButtonIds(message));
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Empty(slack.Calls(c => c.IsApi("chat.update")));
        Assert.DoesNotContain(ArticleId + ".md", site.ArticleFiles());
    }

    /// <summary>Runs the scheduled poll; returns the Approve button's id after checking the item was offered on both platforms and both messages were recorded.</summary>
    private async Task<string> OfferedOnBothAsync()
    {
        var poller = host.Services.GetRequiredService<FeedPoller>();
        var polled = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        poller.Polled += offered => polled.TrySetResult(offered);
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await polled.Task.WaitAsync(FakeSlackServer.Patience));

        var posted = JsonNode.Parse((await discord.NextAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{DiscordChannel}/messages", StringComparison.Ordinal))).Body)!.AsObject();
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains(SlackChannel, StringComparison.Ordinal)));
        var pending = Assert.Single(await host.Services.GetRequiredService<IPendingArticleStore>().ListAsync(PendingArticleStatus.Pending, 10));
        Assert.Equal(
            [(ChatPlatform.Discord, DiscordChannel, "1"), (ChatPlatform.Slack, SlackChannel, SlackTs)],
            pending.Messages.Select(m => (m.Platform, m.ChannelId, m.MessageId)).OrderBy(m => m.Platform));
        return ButtonIds(posted).Single(b => b.StartsWith("corpus:approve:", StringComparison.Ordinal));
    }

    /// <summary>A signed Discord interaction; the message shown inline, or the one that follows a deferral.</summary>
    private async Task<JsonObject> SeeOnDiscordAsync(JsonObject interaction)
    {
        using var response = await DiscordHost.PostAsync(client, key, interaction, host.HostClock);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if ((int)body["type"]! is 5 or 6)
        {
            var token = (string)interaction["token"]!;
            return JsonNode.Parse((await discord.NextAsync(r => r.Path.Contains(token, StringComparison.Ordinal))).Body)!.AsObject();
        }

        return body["data"]!.AsObject();
    }
}
