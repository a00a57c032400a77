namespace ChatBot.Ingest;

/// <summary>Section <c>ChatBot:Ingest</c>: how pages, PDFs and feeds are fetched into the corpus.</summary>
public sealed class IngestOptions
{
    public const string Section = "ChatBot:Ingest";

    /// <summary>Off by default: private, loopback, link-local and metadata addresses are refused. Intranet installs and tests turn it on.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Names the bot to the sites it reads (and is the name robots.txt rules are matched against).</summary>
    public string UserAgent { get; set; } = "AbductionIssueChatBot/1.0 (+corpus ingest; moderator-initiated)";

    public long MaxHtmlBytes { get; set; } = 5 * 1024 * 1024;

    public long MaxPdfBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>The whole fetch of one address (every redirect hop and the body).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxRedirects { get; set; } = 5;

    /// <summary>At most one request per this interval to any one host. Zero turns the limit off (tests only).</summary>
    public TimeSpan MinIntervalPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where `chatbot corpus feeds add` keeps the feed list and what it has seen.</summary>
    public string FeedsFile { get; set; } = "data/feeds.json";

    /// <summary>Where `chatbot corpus feeds sync` puts new items for a moderator to review.</summary>
    public string PendingDirectory { get; set; } = "data/pending";

    /// <summary>RSS or Atom feeds the serving bot polls; each new item is queued and offered in <see cref="ModeratorChannel"/>.</summary>
    public IList<string> Feeds { get; set; } = [];

    /// <summary>How often <see cref="Feeds"/> are polled while serving.</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromHours(1);

    public ModeratorChannelOptions ModeratorChannel { get; set; } = new();
}
