using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// The review buttons and the Edit details form ("corpus:…"); each press re-checks that the presser is a moderator. A
/// decision or edit that replaces the pressed message is also shown on the item's messages on the other platform.
/// </summary>
public sealed class CorpusComponentHandler(ArticleReview review, ModeratorPolicy policy, ModerationAudit audit, ModeratorMessageSync sync) : IComponentHandler
{
    public string Prefix => CorpusActions.Prefix;

    public async Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 2)
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = "This button is no longer valid. Please run /corpus add again." };
        }

        var (action, id) = (arguments[0], arguments[1]);
        if (!policy.IsModerator(request.Platform, request.User))
        {
            await audit.RecordAsync(request.Platform, request.User, $"corpus {action}", id, "refused: not a moderator", cancellationToken);
            return ArticleReviewReplies.NotModerator;
        }

        var reply = action switch
        {
            CorpusActions.Approve => await review.ApproveAsync(request.Platform, request.User, id, cancellationToken),
            CorpusActions.Reject => await review.RejectAsync(request.Platform, request.User, id, cancellationToken),
            CorpusActions.Edit => await review.OpenEditAsync(id, cancellationToken),
            CorpusActions.Save => await review.SaveEditAsync(request.Platform, request.User, id, request.FormValues, request.KeptVisibility, cancellationToken),
            _ => new Reply { Kind = ReplyKind.Invalid, Body = "This button is no longer valid. Please run /corpus add again." },
        };

        if (reply is { ReplaceOriginal: true, Kind: ReplyKind.Info })
        {
            await sync.ShowElsewhereAsync(id, request, reply, cancellationToken);
        }

        // A message replaced in the moderator channel stays where everyone there sees it.
        return reply.ReplaceOriginal ? reply with { Visibility = request.KeptVisibility } : reply;
    }
}
