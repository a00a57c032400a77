using System.Text.Json.Nodes;
using ChatBot.Ingest.Chat;
using ChatBot.IntegrationTests.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>A feed item offered in the Discord moderator channel: one channel message over REST, buttons on it, no mentions.</summary>
public sealed class DiscordFeedOfferTests : IAsyncLifetime
{
    private const string Channel = "700000000000000001";

    private IngestChatSite site = null!;
    private DiscordHost host = null!;

    public async Task InitializeAsync()
    {
        site = await IngestChatSite.StartAsync();
        site.Server.Serve("/rss.xml", "application/rss+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Coastal Daily</title><link>{site.Server.BaseUrl}/</link><description>d</description>
              <item><title>Reading room</title><link>{site.NewsUrl}</link></item>
            </channel></rss>
            """);
        host = await DiscordHost.StartAsync();
        site.Configure(host.Factory.Settings);
        host.Factory.Settings["ChatBot:Discord:BotToken"] = "test-bot-token";
        host.Factory.Settings["ChatBot:Ingest:Feeds:0"] = site.Server.BaseUrl + "/rss.xml";
        host.Factory.Settings["ChatBot:Ingest:ModeratorChannel:Discord"] = Channel;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await site.DisposeAsync();
    }

    [Fact]
    public async Task ANewItem_IsPostedOnceToTheModeratorChannel_WithTheReviewButtons_AndNoMentions()
    {
        var poller = host.Factory.Services.GetRequiredService<FeedPoller>();

        var first = await poller.PollAsync();
        var posted = await host.Api.NextAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Channel}/messages", StringComparison.Ordinal));
        var second = await poller.PollAsync();

        Assert.Equal((1, 0), (first, second));
        var message = JsonNode.Parse(posted.Body)!;
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(message["flags"]);
        Assert.Contains(IngestChatSite.Title, (string)message["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        var buttons = message["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!).ToList();
        Assert.Equal(["approve", "edit", "reject"], buttons.Select(b => b.Split(':')[1]));
        Assert.Single(host.Api.Requests, r => r.Path.EndsWith($"/channels/{Channel}/messages", StringComparison.Ordinal));
    }
}
