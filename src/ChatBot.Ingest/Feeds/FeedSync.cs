using ChatBot.Ingest.Fetching;

namespace ChatBot.Ingest.Feeds;

/// <summary>
/// Follows feeds: <see cref="AddAsync"/> checks that an address is a feed and records it; <see cref="SyncAsync"/>
/// fetches each feed and turns every item not seen before into a pending article (a corpus file in
/// <see cref="IngestOptions.PendingDirectory"/> for a moderator to review and move into the corpus), skipping
/// duplicates of the corpus and pages that yield no article, each with its reason.
/// </summary>
public sealed class FeedSync(SafeFetcher fetcher, ArticleIngestor ingestor, IngestOptions options, TimeProvider time)
{
    public async Task<FeedSubscription> AddAsync(string url, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            throw new IngestException($"not an address: {url}");
        }

        var feeds = await FeedListFile.LoadAsync(options.FeedsFile, cancellationToken);
        if (feeds.Any(f => f.Url == address.ToString()))
        {
            throw new IngestException($"already following {address}");
        }

        var (title, _) = await FetchFeedAsync(address, cancellationToken);
        var subscription = new FeedSubscription(address.ToString(), title, time.GetUtcNow(), []);
        feeds.Add(subscription);
        await FeedListFile.SaveAsync(options.FeedsFile, feeds, cancellationToken);
        return subscription;
    }

    /// <summary>One line per new item: "pending &lt;file&gt;" or "skipped &lt;link&gt;: &lt;reason&gt;".</summary>
    public async Task<IReadOnlyList<string>> SyncAsync(string corpusDirectory, CancellationToken cancellationToken = default)
    {
        var feeds = await FeedListFile.LoadAsync(options.FeedsFile, cancellationToken);
        var report = new List<string>();
        foreach (var feed in feeds)
        {
            IReadOnlyList<FeedItem> items;
            try
            {
                items = (await FetchFeedAsync(new Uri(feed.Url), cancellationToken)).Items;
            }
            catch (IngestException e)
            {
                report.Add($"feed {feed.Url}: {e.Message}");
                continue;
            }

            foreach (var item in items.Where(i => !feed.Seen.Contains(i.Link)))
            {
                report.Add(await TakeAsync(item, corpusDirectory, feed.Url, cancellationToken));
                feed.Seen.Add(item.Link);
            }
        }

        await FeedListFile.SaveAsync(options.FeedsFile, feeds, cancellationToken);
        return report;
    }

    private async Task<string> TakeAsync(FeedItem item, string corpusDirectory, string feedUrl, CancellationToken cancellationToken)
    {
        try
        {
            var preview = await ingestor.PreviewAsync(item.Link, corpusDirectory, cancellationToken: cancellationToken);
            var pending = Path.Combine(options.PendingDirectory, preview.ProposedId + ".md");
            if (File.Exists(pending))
            {
                return $"skipped {item.Link}: already pending as {pending}";
            }

            var written = await ingestor.WriteToAsync(preview, options.PendingDirectory, "feed:" + feedUrl, cancellationToken);
            return $"pending {written}";
        }
        catch (IngestException e)
        {
            return $"skipped {item.Link}: {e.Message}";
        }
    }

    private async Task<(string Title, IReadOnlyList<FeedItem> Items)> FetchFeedAsync(Uri url, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, cancellationToken);
        return fetched.Kind == ContentKind.Feed
            ? FeedParser.Parse(fetched.Body, url.ToString())
            : throw new IngestException($"{url} is not an RSS or Atom feed");
    }
}
