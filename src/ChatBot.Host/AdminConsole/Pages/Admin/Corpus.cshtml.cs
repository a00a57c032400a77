using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest;
using ChatBot.Ingest.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>
/// The corpus: indexed articles with how each was parsed, the files the loader rejected and why, and the articles
/// waiting for approval. Adding by address, approving and rejecting go through <see cref="ArticleReview"/>, the
/// service behind /corpus add and its buttons, so the checks, the file writing, the re-index and the moderation log
/// entries (under the moderator's platform id) are the chat's own.
/// </summary>
public sealed class CorpusModel(ICorpusIndexProvider corpora, IPendingArticleStore pending, ArticleReview review, ArticleIngestor ingestor) : PageModel
{
    private const int PendingShown = 100;

    public IReadOnlyList<ArticleParse> Articles { get; private set; } = [];

    public IReadOnlyList<RejectedFile> Rejected { get; private set; } = [];

    public IReadOnlyList<RejectedFile> Warnings { get; private set; } = [];

    public IReadOnlyList<PendingArticle> Pending { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Address { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        var reply = await review.RequestAsync(user.Platform, user.ChatUser, (Address ?? "").Trim(), cancellationToken);
        return await QueuedAsync(reply, "Fetched", cancellationToken);
    }

    /// <summary>A web page, PDF or text file from the moderator's computer, previewed and queued like an address.</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        if (upload is null || upload.Length == 0)
        {
            Problem = "Choose a web page, PDF or text file to upload.";
            return await PageAsync(cancellationToken);
        }

        if (upload.Length > ingestor.MaxFileBytes)
        {
            Problem = $"Not added: the file is {upload.Length:N0} bytes; the limit is {ingestor.MaxFileBytes:N0}.";
            return await PageAsync(cancellationToken);
        }

        using var bytes = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(bytes, cancellationToken);
        var reply = await review.RequestUploadAsync(user.Platform, user.ChatUser, upload.FileName, bytes.ToArray(), cancellationToken);
        return await QueuedAsync(reply, "Read", cancellationToken);
    }

    private async Task<IActionResult> QueuedAsync(Reply reply, string done, CancellationToken cancellationToken)
    {
        if (reply is { Kind: ReplyKind.Info, Title: { } title })
        {
            Message = $"{done} “{title}”; it waits for approval below.";
            Address = null;
        }
        else
        {
            Problem = OneLine(reply);
        }

        return await PageAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: true, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(string id, CancellationToken cancellationToken) =>
        DecideAsync(id, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(string id, bool approve, CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        var reply = approve
            ? await review.ApproveAsync(user.Platform, user.ChatUser, id ?? "", cancellationToken)
            : await review.RejectAsync(user.Platform, user.ChatUser, id ?? "", cancellationToken);
        if (reply.Kind is ReplyKind.Info)
        {
            Message = OneLine(reply);
        }
        else
        {
            Problem = OneLine(reply);
        }

        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var corpus = corpora.Current;
        Articles = CorpusOverview.Articles(corpus);
        Rejected = corpus.Rejected;
        Warnings = corpus.Warnings;
        Pending = await pending.ListAsync(PendingArticleStatus.Pending, PendingShown, cancellationToken);
    }

    private static string OneLine(Reply reply) => reply.PlainBody.Split('\n')[0].Trim();
}
