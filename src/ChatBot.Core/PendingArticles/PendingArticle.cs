using ChatBot.Core.Commands;

namespace ChatBot.Core.PendingArticles;

/// <summary>
/// An article waiting for a moderator: asked for in chat (<c>/corpus add</c>) or found in a followed feed.
/// <see cref="ArticleJson"/> is the extracted article itself, kept as the ingest side serialised it, so what is
/// approved is exactly the text that was previewed: the page may change or vanish before anyone presses Approve,
/// and a second fetch would hit the site again. <see cref="Source"/> is the address that was asked for (or the feed
/// item's link), which is also how a feed item already queued is recognised.
/// </summary>
public sealed record PendingArticle
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required PendingArticlePreview Preview { get; init; }
    public required string ArticleJson { get; init; }
    /// <summary>Where it was asked for; <see cref="ChatPlatform.Feed"/> for a feed item, which no chat user asked for.</summary>
    public required ChatPlatform RequestedOn { get; init; }

    /// <summary>The platform user id, or "feed:&lt;url&gt;" for a feed item.</summary>
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public PendingArticleStatus Status { get; init; } = PendingArticleStatus.Pending;

    /// <summary>Who approved or rejected it, and when; null while pending.</summary>
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The corpus id it was written as, once approved.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The feed it came from; null when a moderator asked for it.</summary>
    public string? FeedUrl { get; init; }

    /// <summary>
    /// The messages offering it in the moderator channels (feed items), one per platform, so a decision taken on one
    /// can be shown on the others.
    /// </summary>
    public IReadOnlyList<ModeratorMessage> Messages { get; init; } = [];

    /// <summary>Why a <see cref="PendingArticleStatus.Skipped"/> feed item was not offered; null otherwise.</summary>
    public string? SkipReason { get; init; }
}
