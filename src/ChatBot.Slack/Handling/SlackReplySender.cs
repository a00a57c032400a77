using ChatBot.Core.Commands;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Delivers a rendered <see cref="Reply"/> to its <see cref="ReplyTarget"/>: a modal via views.open, the
/// response_url, or chat.postMessage / chat.postEphemeral. Failures are logged; nothing is retried twice by hand
/// (the HTTP client already retries 5xx and 429), so a message is never posted twice.
/// </summary>
public sealed class SlackReplySender(SlackApiClient api, ILogger<SlackReplySender> logger, SlackPictureUploader? pictures = null)
{
    public async Task DeliverAsync(Reply reply, ReplyTarget target, CancellationToken cancellationToken = default)
    {
        if (reply.Attachments.Count > 0 && pictures is not null)
        {
            await DeliverWithPicturesAsync(reply, target, pictures, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (reply.Form is { } form)
        {
            if (target.TriggerId is not null && await TryOpenFormAsync(form, target, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            reply = Reply.Info(target.TriggerId is null ? SlackReplies.FormNeedsButton : SlackReplies.FormUnavailable);
        }

        try
        {
            if (target.ResponseUrl is not null)
            {
                await api.PostToResponseUrlAsync(target.ResponseUrl, SlackReplies.ForResponse(reply, target.ThreadTs), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await PostAsync(reply, target, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, target.ResponseUrl is null ? "chat.post" : "response_url", exception.Message);
        }
    }

    /// <summary>The message first, then its files: in the same conversation when everyone sees the message, else in the user's direct messages.</summary>
    private async Task DeliverWithPicturesAsync(Reply reply, ReplyTarget target, SlackPictureUploader uploader, CancellationToken cancellationToken)
    {
        var visibleToAll = target.ResponseUrl is null ? IsVisibleToAll(reply, target) : reply.Visibility == ReplyVisibility.Public;
        var text = reply with { Attachments = [], Footer = visibleToAll ? reply.Footer : $"{SlackPictureUploader.PrivateNote} {reply.Footer}".Trim() };
        await DeliverAsync(text, target, cancellationToken).ConfigureAwait(false);
        if (await uploader.UploadAsync(reply, target, visibleToAll, cancellationToken).ConfigureAwait(false) is { } error)
        {
            await DeliverAsync(Reply.Info(SlackPictureUploader.Failed(error)), target with { PublicByDefault = false, IsDirectMessage = false }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the form as a modal; false when Slack refused (trigger_id older than 3 s or already used).</summary>
    public async Task<bool> TryOpenFormAsync(ReplyForm form, ReplyTarget target, CancellationToken cancellationToken = default)
    {
        var view = ModalRenderer.Render(form, new ModalMetadata(target.ChannelId, target.ResponseUrl, target.ThreadTs));
        try
        {
            await api.OpenViewAsync(new ViewsOpenRequest(target.TriggerId ?? "", view), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, "views.open", exception.Message);
            return false;
        }
    }

    private async Task PostAsync(Reply reply, ReplyTarget target, CancellationToken cancellationToken)
    {
        var message = BlockKitRenderer.Render(reply);
        if (IsVisibleToAll(reply, target))
        {
            await api.PostMessageAsync(new ChatPostMessageRequest(target.ChannelId, message.Text, message.Blocks, target.ThreadTs), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await api.PostEphemeralAsync(new ChatPostEphemeralRequest(target.ChannelId, target.UserId, message.Text, message.Blocks, target.ThreadTs), cancellationToken).ConfigureAwait(false);
        }
    }

    // In a thread everyone reads, refusals and errors concern only the asker.
    private static bool IsVisibleToAll(Reply reply, ReplyTarget target) =>
        target.IsDirectMessage
        || (target.PublicByDefault
            ? reply.Kind is not (ReplyKind.Error or ReplyKind.Refused or ReplyKind.RateLimited or ReplyKind.Invalid)
            : reply.Visibility == ReplyVisibility.Public);
}
