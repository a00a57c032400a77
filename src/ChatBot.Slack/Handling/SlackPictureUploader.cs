using ChatBot.Core.Commands;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Uploads a reply's files (a timeline picture) the way Slack takes them: files.getUploadURLExternal, the bytes to
/// that URL, then files.completeUploadExternal, which shares the file in a conversation for everyone in it. A reply
/// the whole channel sees gets its picture there (in its thread); a private one gets it in the user's direct
/// messages with the bot, because Slack has no file only one person in a channel can see.
/// </summary>
public sealed class SlackPictureUploader(SlackApiClient api, ILogger<SlackPictureUploader> logger)
{
    public const string PrivateNote = "The picture is in your direct messages with me, so only you see it.";

    public static string Failed(string error) =>
        $"I couldn't attach the picture (Slack said {error}); the app needs the files:write and im:write scopes. The events are listed above.";

    /// <returns>Null when every file was shared, else Slack's error code.</returns>
    public async Task<string?> UploadAsync(Reply reply, ReplyTarget target, bool visibleToAll, CancellationToken cancellationToken = default)
    {
        try
        {
            var channel = visibleToAll ? target.ChannelId : await DirectMessageAsync(target.UserId, cancellationToken).ConfigureAwait(false);
            foreach (var file in reply.Attachments)
            {
                var upload = await api.GetUploadUrlAsync(file.FileName, file.Content.Length, file.Description, cancellationToken).ConfigureAwait(false);
                if (upload.UploadUrl is null || upload.FileId is null)
                {
                    throw new SlackApiException("files.getUploadURLExternal", "no_upload_url");
                }

                await api.UploadFileAsync(upload.UploadUrl, file.Content, file.ContentType, cancellationToken).ConfigureAwait(false);
                var title = Mrkdwn.Neutral(reply.Title ?? "Timeline");
                await api.CompleteUploadAsync(new CompleteUploadRequest([new UploadedFile(upload.FileId, title)], channel, visibleToAll ? target.ThreadTs : null, Mrkdwn.Escape(title)), cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException)
        {
            SlackLog.ApiCallFailed(logger, "file upload", exception.Message);
            return exception is SlackApiException { Error: { } code } ? code : "unreachable";
        }
    }

    private async Task<string> DirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var opened = await api.OpenDirectMessageAsync(userId, cancellationToken).ConfigureAwait(false);
        return opened.Channel?.Id ?? throw new SlackApiException("conversations.open", "no_channel");
    }
}
