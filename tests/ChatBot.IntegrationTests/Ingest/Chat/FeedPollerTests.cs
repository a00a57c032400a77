using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;
using ChatBot.IntegrationTests.Slack;
using ChatBot.UnitTests.Ingest.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// Scheduled feed polling in the real host, on a fake clock: an RSS and an Atom feed on a loopback site, the Slack
/// moderator channel on a loopback Slack. Each new item is offered once, with the review buttons; a story under two
/// addresses, a page with no article text and an item seen before are not; the page with no text is recorded as
/// skipped, so a restarted poller does not fetch it again.
/// </summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private const string Channel = "CMODS";
    private const string Moderator = "UMOD";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2031, 3, 12, 8, 0, 0, TimeSpan.Zero));
    private IngestChatSite site = null!;
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        site = await IngestChatSite.StartAsync();
        var news = NewsSite.Fixture(site.Server.BaseUrl);
        var government = GovernmentSite.Fixture(site.Server.BaseUrl);
        site.Server.Serve(government.Path, "text/html", government.Html);
        site.Server.Serve("/copy-of-news", "text/html", news.Html.Replace(news.CanonicalUrl, site.Server.BaseUrl + "/copy-of-news", StringComparison.Ordinal));
        site.Server.Serve("/rss.xml", "application/rss+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Coastal Daily — Abduction issue</title><link>{site.Server.BaseUrl}/</link><description>d</description>
              <item><title>Reading room</title><link>{site.NewsUrl}</link></item>
              <item><title>Same story, other address</title><link>{site.Server.BaseUrl}/copy-of-news</link></item>
              <item><title>Log in</title><link>{site.LoginUrl}</link></item>
              <item><title>Reading room again</title><link>{site.NewsUrl}</link></item>
            </channel></rss>
            """);
        site.Server.Serve("/atom.xml", "application/atom+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Press releases</title><id>urn:x</id><updated>2031-02-05T00:00:00Z</updated>
              <entry><title>Briefing</title><id>urn:y</id><updated>2031-02-04T00:00:00Z</updated><link href="{government.CanonicalUrl}"/></entry>
              <entry><title>Reading room</title><id>urn:z</id><updated>2031-03-11T00:00:00Z</updated><link href="{site.NewsUrl}"/></entry>
            </feed>
            """);

        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack, configure: services =>
        {
            services.RemoveAll<FeedPoller>();
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedPoller>(sp, (TimeProvider)clock));
        });
        site.Configure(host.Settings);
        host.Settings["ChatBot:Ingest:Feeds:0"] = site.Server.BaseUrl + "/rss.xml";
        host.Settings["ChatBot:Ingest:Feeds:1"] = site.Server.BaseUrl + "/atom.xml";
        host.Settings["ChatBot:Ingest:FeedPollInterval"] = "00:30:00";
        host.Settings["ChatBot:Ingest:ModeratorChannel:Slack"] = Channel;
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
    public async Task EachPoll_OffersEveryNewItemOnceInTheModeratorChannel_AndNothingTwice()
    {
        var polls = 0;
        host.Services.GetRequiredService<FeedPoller>().Polled += _ => Interlocked.Increment(ref polls);
        clock.Advance(TimeSpan.FromMinutes(29));
        var first = await PollAfterAsync(TimeSpan.FromMinutes(1));
        var second = await PollAfterAsync(TimeSpan.FromMinutes(30));

        Assert.Equal((2, 0, 2), (first, second, polls));
        var posts = Posts();
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal(Channel, (string)p.Json["channel"]!));
        Assert.Contains(posts, p => p.Body.Contains("Abductees", StringComparison.Ordinal) && p.Body.Contains("reading room in Niigata", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Body.Contains("Annual briefing for local governments", StringComparison.OrdinalIgnoreCase));
        Assert.All(posts, p => Assert.Contains("corpus:approve:", p.Body, StringComparison.Ordinal));
        Assert.All(posts, p => Assert.DoesNotContain("<!", p.Body, StringComparison.Ordinal));

        var queued = await host.Services.GetRequiredService<IPendingArticleStore>().ListAsync(PendingArticleStatus.Pending, 10);
        Assert.Equal(2, queued.Count);
        Assert.All(queued, q => Assert.Equal((ChatPlatform.Slack, Channel, "1700000000.000100"), (q.Messages.Single().Platform, q.Messages.Single().ChannelId, q.Messages.Single().MessageId)));
        Assert.All(queued, q => Assert.Equal(ChatPlatform.Feed, q.RequestedOn));
        Assert.All(queued, q => Assert.StartsWith("feed:" + site.Server.BaseUrl, q.RequestedBy, StringComparison.Ordinal));
        var log = await host.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal([("corpus feed", ChatPlatform.Feed), ("corpus feed", ChatPlatform.Feed)], log.Select(e => (e.Action, e.Platform)));
    }

    [Fact]
    public async Task AModeratorApprovesAFeedItem_FromTheChannelMessage()
    {
        await PollAfterAsync(TimeSpan.FromMinutes(30));
        var news = Posts().Single(p => p.Body.Contains("Niigata", StringComparison.Ordinal));
        var approve = news.Json["blocks"]!.AsArray().Where(b => (string)b!["type"]! == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["action_id"]!).Single(id => id.StartsWith("corpus:approve:", StringComparison.Ordinal));

        await host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction(approve, slack.ResponseUrl("feed-approve"), channel: Channel, user: Moderator));
        var approved = await slack.WaitForAsync(c => c.Path == "/hooks/feed-approve");

        Assert.Contains("Now answering from: ", approved.Body, StringComparison.Ordinal);
        Assert.Contains("2031-03-11-abductees-families-open-reading-room-in-niigata.md", site.ArticleFiles());
    }

    [Fact]
    public async Task APageWithNoArticleText_IsRecordedAsSkipped_AndNotFetchedAgainAfterARestart()
    {
        await PollAfterAsync(TimeSpan.FromMinutes(30));
        var store = host.Services.GetRequiredService<IPendingArticleStore>();
        var skipped = Assert.Single(await store.ListAsync(PendingArticleStatus.Skipped, 10));
        Assert.Equal((site.LoginUrl, "Log in"), (skipped.Source, skipped.Preview.Title));
        Assert.StartsWith("no article text found", skipped.SkipReason, StringComparison.Ordinal);
        var loginFetches = site.Server.Requests.Count(r => r.Path == "/login");
        Assert.Equal(1, loginFetches);

        // A restart: a new poller forgets what it skipped in memory, but the queue remembers.
        var restarted = ActivatorUtilities.CreateInstance<FeedPoller>(host.Services, (TimeProvider)clock);
        Assert.Equal(0, await restarted.PollAsync());

        Assert.Equal(loginFetches, site.Server.Requests.Count(r => r.Path == "/login"));
        Assert.Single(await store.ListAsync(PendingArticleStatus.Skipped, 10));
        Assert.Equal(2, Posts().Count);
    }

    private async Task<int> PollAfterAsync(TimeSpan wait)
    {
        var poller = host.Services.GetRequiredService<FeedPoller>();
        var polled = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<int> done = offered => polled.TrySetResult(offered);
        poller.Polled += done;
        try
        {
            clock.Advance(wait);
            return await polled.Task.WaitAsync(FakeSlackServer.Patience);
        }
        finally
        {
            poller.Polled -= done;
        }
    }

    private List<RecordedCall> Posts() => [.. slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains(Channel, StringComparison.Ordinal))];
}
