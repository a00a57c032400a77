using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Duplicates;
using ChatBot.Ingest.Feeds;
using ChatBot.Ingest.Fetching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// Polls <see cref="IngestOptions.Feeds"/> every <see cref="IngestOptions.FeedPollInterval"/> (on the injected clock):
/// each item not queued before becomes a pending article, offered with the review buttons in each configured moderator
/// channel. An item is recognised by its link (kept in the queue, so a restart offers nothing twice) and, within one
/// poll, by its page's canonical address and file name too, so one story in two feeds is offered once. An item that cannot
/// become an article for good (no article text, already in the corpus) is recorded in the queue as skipped, with the
/// reason, so it is not fetched again even after a restart; other failures (timeouts, HTTP errors) only until restart.
/// </summary>
public sealed class FeedPoller(
    SafeFetcher fetcher,
    ArticleReview review,
    ArticleIngestor ingestor,
    IPendingArticleStore store,
    IEnumerable<IChannelPoster> posters,
    ModerationAudit audit,
    IOptions<IngestOptions> options,
    IOptions<Core.Indexing.CorpusOptions> corpus,
    TimeProvider time,
    ILogger<FeedPoller> logger) : BackgroundService
{
    public const string FeedAction = "corpus feed";

    private readonly HashSet<string> skipped = new(StringComparer.Ordinal);

    /// <summary>Raised after each poll with the number of items offered (for tests and diagnostics).</summary>
    public event Action<int>? Polled;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Feeds.Count == 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(settings.ModeratorChannel.Discord) && string.IsNullOrWhiteSpace(settings.ModeratorChannel.Slack))
        {
            logger.LogWarning("ChatBot:Ingest:Feeds lists {Count} feed(s) but no ChatBot:Ingest:ModeratorChannel is set; new items are queued without being offered", settings.Feeds.Count);
        }

        using var timer = new PeriodicTimer(settings.FeedPollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PollAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One poll of every feed; returns the number of new items offered.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken = default)
    {
        var thisPoll = new HashSet<string>(StringComparer.Ordinal);
        var offered = 0;
        foreach (var feedUrl in options.Value.Feeds)
        {
            foreach (var item in await ItemsAsync(feedUrl, cancellationToken))
            {
                if (!thisPoll.Add(item.Link) || skipped.Contains(item.Link) || await store.HasSourceAsync(item.Link, cancellationToken))
                {
                    continue;
                }

                offered += await OfferAsync(item, feedUrl, thisPoll, cancellationToken) ? 1 : 0;
            }
        }

        Polled?.Invoke(offered);
        return offered;
    }

    private async Task<IReadOnlyList<FeedItem>> ItemsAsync(string feedUrl, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(new Uri(feedUrl), cancellationToken);
            return fetched.Kind == ContentKind.Feed ? FeedParser.Parse(fetched.Body, feedUrl).Items : throw new IngestException($"{feedUrl} is not an RSS or Atom feed");
        }
        catch (IngestException e)
        {
            logger.LogWarning("Feed {Feed} not polled: {Reason}", feedUrl, e.Message);
            return [];
        }
    }

    private async Task<bool> OfferAsync(FeedItem item, string feedUrl, HashSet<string> thisPoll, CancellationToken cancellationToken)
    {
        IngestPreview preview;
        try
        {
            preview = await ingestor.PreviewAsync(item.Link, corpus.Value.Directory, cancellationToken: cancellationToken);
        }
        catch (IngestException e)
        {
            skipped.Add(item.Link);
            logger.LogInformation("Feed item {Link} skipped: {Reason}", item.Link, e.Message);
            if (IsLasting(e))
            {
                await store.SaveAsync(Skipped(item, feedUrl, e.Message), cancellationToken);
            }

            return false;
        }

        // The same story under another address (a copy, a second feed) has the same canonical address or the same
        // title and date, hence the same file name; one already waiting in the queue is not offered again either.
        var sameCanonical = CanonicalUrl.Normalize(preview.Article.CanonicalUrl) is { } canonical && !thisPoll.Add("canonical:" + canonical);
        if (sameCanonical | !thisPoll.Add("id:" + preview.ProposedId)
            || (await store.ListAsync(PendingArticleStatus.Pending, 1000, cancellationToken)).Any(p => p.Preview.ProposedId == preview.ProposedId))
        {
            skipped.Add(item.Link);
            return false;
        }

        var feed = new ChatUser("feed:" + feedUrl);
        if (await review.QueueAsync(preview, item.Link, ChatPlatform.Feed, feed.Id, feedUrl, cancellationToken) is not { } pending)
        {
            logger.LogWarning("Feed item {Link} not queued: the review queue cannot be stored", item.Link);
            return false;
        }

        await audit.RecordAsync(ChatPlatform.Feed, feed, FeedAction, pending.Id, $"queued {item.Link}", cancellationToken);
        var messages = await PostAsync(pending, cancellationToken);
        if (messages.Count > 0)
        {
            await store.SaveAsync(pending with { Messages = messages }, cancellationToken);
        }

        return true;
    }

    // A page with no article text or one already in the corpus will not change its mind; a timeout or an HTTP error might.
    private static bool IsLasting(IngestException e) => e.Lasting;

    private PendingArticle Skipped(FeedItem item, string feedUrl, string reason) => new()
    {
        Id = "skipped-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Link)))[..16],
        Source = item.Link,
        Preview = new PendingArticlePreview(item.Title.Length > 0 ? item.Title : item.Link, null, null, null, null, 0, "", [reason], ""),
        ArticleJson = "",
        RequestedOn = ChatPlatform.Feed,
        RequestedBy = "feed:" + feedUrl,
        RequestedAt = time.GetUtcNow(),
        Status = PendingArticleStatus.Skipped,
        FeedUrl = feedUrl,
        SkipReason = reason,
    };

    /// <summary>Offers the item in every configured moderator channel; every message posted is recorded, so a decision can be shown on all.</summary>
    private async Task<List<ModeratorMessage>> PostAsync(PendingArticle pending, CancellationToken cancellationToken)
    {
        var reply = ArticleReviewReplies.Preview(pending, ReplyVisibility.Public);
        var posted = new List<ModeratorMessage>();
        foreach (var poster in posters)
        {
            var channel = poster.Platform switch
            {
                ChatPlatform.Discord => options.Value.ModeratorChannel.Discord,
                ChatPlatform.Slack => options.Value.ModeratorChannel.Slack,
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(channel))
            {
                continue;
            }

            try
            {
                var id = await poster.PostAsync(channel, reply, cancellationToken);
                posted.Add(new ModeratorMessage(poster.Platform, channel, id));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Feed item {Id} not posted to the {Platform} moderator channel: {Reason}", pending.Id, poster.Platform, e.Message.Split('\n')[0]);
            }
        }

        return posted;
    }
}
