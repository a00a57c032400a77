using ChatBot.Core.Storage;

namespace ChatBot.Core.Commands;

/// <summary>
/// "Share to channel" on private replies that allow it (answers, timelines, reading lists, leaderboards): the reply
/// is kept, and the button posts it publicly with the sharer named (never pinged).
/// </summary>
public sealed class ReplySharing(ISharedReplyStore store)
{
    public const string Prefix = "share";

    public async Task<Reply> OfferAsync(Reply reply, CancellationToken cancellationToken)
    {
        var (offered, kept) = Offer(reply);
        if (kept is not null)
        {
            await store.SaveAsync(kept.Reply, cancellationToken);
        }

        return offered;
    }

    /// <summary>
    /// The reply with its "Share to channel" button and the reply to keep for it (null when nothing is offered), for a
    /// caller that keeps it with the rest of its record (<see cref="IAnswerRecords"/>). The offered reply is no longer
    /// <see cref="Reply.Shareable"/>: it is offered once.
    /// </summary>
    public static (Reply Offered, SharedReply? Kept) Offer(Reply reply)
    {
        if (!reply.Shareable || reply.Visibility != ReplyVisibility.Ephemeral || reply.Form is not null)
        {
            return (reply, null);
        }

        // The text is what is shared; a picture (up to a megabyte) is not kept for it. The id is the kept reply's
        // content (what ISharedReplyStore.SaveAsync returns), so it is known before the store has it.
        var kept = reply with { ReplaceOriginal = false, Attachments = [] };
        var id = ReplyJson.IdOf(ReplyJson.Write(kept));
        var share = new ReplyButton(ActionIds.Create(Prefix, id), "Share to channel", ReplyButtonStyle.Primary);
        return (reply with { ButtonRows = [.. reply.ButtonRows, [share]], Shareable = false }, new SharedReply(id, kept));
    }

    /// <summary>The kept reply as a public message that names who shared it; null when it is no longer kept.</summary>
    public async Task<Reply?> SharedAsync(string id, ChatUser sharer, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } reply)
        {
            return null;
        }

        var by = ReplyInline.Person(sharer.Id, sharer.DisplayName is { Length: > 0 } name ? name : "someone");
        return reply with
        {
            Body = $"Shared by {ReplyInlines.Marker(reply.Inlines.Count)}\n\n{reply.Body}",
            Inlines = [.. reply.Inlines, by],
            Visibility = ReplyVisibility.Public,
            Shareable = false,
            ReplaceOriginal = false,
        };
    }
}
