using System.Security.Cryptography;
using ChatBot.Core.Commands;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Duplicates;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// The moderator's review of an article from the web, the same on both platforms: a request fetches and previews the
/// page and queues it; Approve writes the file, re-indexes and says so; Reject marks it; Edit changes its details.
/// Every step is in the moderation log. Only http and https addresses are taken: a chat user never reads the server's files.
/// </summary>
public sealed class ArticleReview(ArticleIngestor ingestor, IPendingArticleStore store, ModerationAudit audit, CorpusRefresh refresh, ICorpusSource corpus, IOptions<CorpusOptions> corpusOptions, TimeProvider time)
{
    public const string AddAction = "corpus add";
    public const string ApproveAction = "corpus approve";
    public const string RejectAction = "corpus reject";
    public const string EditAction = "corpus edit";

    private string Directory => corpusOptions.Value.Directory;

    public async Task<Reply> RequestAsync(ChatPlatform platform, ChatUser user, string source, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            await audit.RecordAsync(platform, user, AddAction, Shorten(source), "refused: not an http(s) address", cancellationToken);
            return ArticleReviewReplies.NotAdded($"only http and https addresses can be added, not \"{Shorten(source)}\"");
        }

        IngestPreview preview;
        try
        {
            preview = await ingestor.PreviewAsync(url.ToString(), Directory, cancellationToken: cancellationToken);
        }
        catch (IngestException e)
        {
            await audit.RecordAsync(platform, user, AddAction, Shorten(source), "refused: " + e.Message, cancellationToken);
            return ArticleReviewReplies.NotAdded(e.Message);
        }

        return await QueueForReviewAsync(preview, url.ToString(), Shorten(source), platform, user, cancellationToken);
    }

    /// <summary>A file a moderator uploaded in the console: previewed and queued like an address, same log entries.</summary>
    public async Task<Reply> RequestUploadAsync(ChatPlatform platform, ChatUser user, string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        var name = Shorten(Path.GetFileName(fileName));
        IngestPreview preview;
        try
        {
            preview = await ingestor.PreviewUploadAsync(bytes, fileName, Directory, cancellationToken);
        }
        catch (IngestException e)
        {
            await audit.RecordAsync(platform, user, AddAction, name, "refused: " + e.Message, cancellationToken);
            return ArticleReviewReplies.NotAdded(e.Message);
        }

        return await QueueForReviewAsync(preview, "upload:" + name, name, platform, user, cancellationToken);
    }

    /// <summary>Queues a moderator's article and answers with its private preview (or why it could not be stored).</summary>
    private async Task<Reply> QueueForReviewAsync(IngestPreview preview, string source, string logged, ChatPlatform platform, ChatUser user, CancellationToken cancellationToken)
    {
        var pending = await QueueAsync(preview, source, platform, user.Id, feedUrl: null, cancellationToken);
        await audit.RecordAsync(platform, user, AddAction, logged, pending is null ? "failed: queue unavailable" : $"queued as {pending.Id}", cancellationToken);
        return pending is null
            ? new Reply { Kind = ReplyKind.Error, Body = "The review queue cannot be stored right now, so nothing was added. Please try again later." }
            : ArticleReviewReplies.Preview(pending, ReplyVisibility.Ephemeral);
    }

    /// <summary>Puts a previewed article in the queue; null when the queue could not store it.</summary>
    public async Task<PendingArticle?> QueueAsync(IngestPreview preview, string source, ChatPlatform platform, string requestedBy, string? feedUrl, CancellationToken cancellationToken = default)
    {
        var pending = new PendingArticle
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Source = source,
            Preview = StoredArticle.PreviewOf(preview),
            ArticleJson = StoredArticle.Write(preview.Article),
            RequestedOn = platform,
            RequestedBy = requestedBy,
            RequestedAt = time.GetUtcNow(),
            FeedUrl = feedUrl,
        };
        return await store.SaveAsync(pending, cancellationToken) ? pending : null;
    }

    public async Task<Reply> ApproveAsync(ChatPlatform platform, ChatUser user, string id, CancellationToken cancellationToken = default)
    {
        if (await PendingAsync(id, cancellationToken) is not { } pending)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var article = StoredArticle.ToIngestPreview(pending);
        var existing = System.IO.Directory.Exists(Directory) ? (await corpus.LoadAsync(Directory, cancellationToken: cancellationToken)).Articles : [];
        if (DuplicateChecker.FindDuplicate(article.Article, existing) is { } duplicate)
        {
            await audit.RecordAsync(platform, user, ApproveAction, id, "refused: duplicate of " + duplicate, cancellationToken);
            return ArticleReviewReplies.NotAdded($"already in the corpus as {duplicate}");
        }

        var approved = pending with { Status = PendingArticleStatus.Approved, DecidedBy = Actor(platform, user), DecidedAt = time.GetUtcNow(), ArticleId = pending.Preview.ProposedId };
        if (!await store.TryDecideAsync(approved, cancellationToken))
        {
            return await RefusalAsync(id, cancellationToken);
        }

        try
        {
            await ingestor.WriteAsync(article, Directory, Actor(platform, user), cancellationToken);
        }
        catch (Exception e) when (e is IngestException or IOException or UnauthorizedAccessException)
        {
            await store.SaveAsync(pending, CancellationToken.None);
            await audit.RecordAsync(platform, user, ApproveAction, id, "failed: " + e.Message, cancellationToken);
            return ArticleReviewReplies.NotAdded(e is IngestException ? e.Message : "the article file could not be written");
        }

        try
        {
            await refresh.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The file is written and stays; the host's hot reload (watcher and poll) indexes it when it can.
            await audit.RecordAsync(platform, user, ApproveAction, id, $"written as {approved.ArticleId}; re-index failed: {e.Message.Split('\n')[0]}", cancellationToken);
            return new Reply { Kind = ReplyKind.Info, Body = $"Added {pending.Preview.Title} as articles/{approved.ArticleId}.md; the bot will answer from it after the next reload.", ReplaceOriginal = true };
        }

        await audit.RecordAsync(platform, user, ApproveAction, id, $"written as {approved.ArticleId}", cancellationToken);
        return ArticleReviewReplies.Added(pending.Preview.Title, approved.ArticleId!);
    }

    public async Task<Reply> RejectAsync(ChatPlatform platform, ChatUser user, string id, CancellationToken cancellationToken = default)
    {
        if (await PendingAsync(id, cancellationToken) is not { } pending)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var rejected = pending with { Status = PendingArticleStatus.Rejected, DecidedBy = Actor(platform, user), DecidedAt = time.GetUtcNow() };
        if (!await store.TryDecideAsync(rejected, cancellationToken))
        {
            return await RefusalAsync(id, cancellationToken);
        }

        await audit.RecordAsync(platform, user, RejectAction, id, "rejected", cancellationToken);
        return ArticleReviewReplies.Rejected(pending.Preview.Title);
    }

    public async Task<Reply> OpenEditAsync(string id, CancellationToken cancellationToken = default) =>
        await PendingAsync(id, cancellationToken) is { } pending
            ? new Reply { Kind = ReplyKind.Info, Form = ArticleReviewReplies.EditForm(pending) }
            : await RefusalAsync(id, cancellationToken);

    public async Task<Reply> SaveEditAsync(ChatPlatform platform, ChatUser user, string id, IReadOnlyDictionary<string, string> values, ReplyVisibility visibility, CancellationToken cancellationToken = default)
    {
        if (await PendingAsync(id, cancellationToken) is not { } pending)
        {
            return await RefusalAsync(id, cancellationToken);
        }

        var (edited, problem) = ArticleDetailsEdit.Apply(pending, values, taken => File.Exists(Path.Combine(Directory, "articles", taken + ".md")));
        if (edited is null)
        {
            await audit.RecordAsync(platform, user, EditAction, id, "refused: " + problem, cancellationToken);
            return new Reply { Kind = ReplyKind.Invalid, Body = $"Not changed: {problem}" };
        }

        await store.SaveAsync(edited, cancellationToken);
        await audit.RecordAsync(platform, user, EditAction, id, $"saved: title \"{Shorten(edited.Preview.Title)}\"", cancellationToken);
        return ArticleReviewReplies.Preview(edited, visibility, replaceOriginal: true);
    }

    private async Task<PendingArticle?> PendingAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { Status: PendingArticleStatus.Pending } pending ? pending : null;

    private async Task<Reply> RefusalAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } decided ? ArticleReviewReplies.AlreadyDecided(decided) : ArticleReviewReplies.Gone;

    internal static string Actor(ChatPlatform platform, ChatUser user) => $"{platform.ToString().ToLowerInvariant()}:{user.Id}";

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "…";
}
