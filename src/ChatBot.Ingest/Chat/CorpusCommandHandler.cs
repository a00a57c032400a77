using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// /corpus add url:&lt;…&gt; (moderators): fetches and previews the page, privately, with Approve / Edit details /
/// Reject. Anyone else gets a one-line refusal, and the attempt is audited.
/// </summary>
public sealed class CorpusCommandHandler(ArticleReview review, ModeratorPolicy policy, ModerationAudit audit) : ICommandHandler
{
    public const string AddSubcommand = "add";
    public const string UrlOption = "url";

    public string Command => CommandNames.Corpus;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Subcommand ?? AddSubcommand, AddSubcommand, StringComparison.OrdinalIgnoreCase))
        {
            return ArticleReviewReplies.Usage;
        }

        var url = request.Option(UrlOption)?.Trim();
        if (!policy.IsModerator(request.Platform, request.User))
        {
            await audit.RecordAsync(request.Platform, request.User, ArticleReview.AddAction, url ?? "", "refused: not a moderator", cancellationToken);
            return ArticleReviewReplies.NotModerator;
        }

        return url is null ? ArticleReviewReplies.Usage : await review.RequestAsync(request.Platform, request.User, url, cancellationToken);
    }
}
