using ChatBot.Core.Commands;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

namespace ChatBot.Slack.Handling;

/// <summary>chat.postMessage with the reply rendered as Block Kit (mentions escaped like every reply); returns the message ts, by which chat.update replaces it.</summary>
internal sealed class SlackChannelPoster(SlackApiClient api) : IChannelPoster
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task<string?> PostAsync(string channelId, Reply reply, CancellationToken cancellationToken = default)
    {
        var message = BlockKitRenderer.Render(reply with { Visibility = ReplyVisibility.Public });
        var posted = await api.PostMessageAsync(new ChatPostMessageRequest(channelId, message.Text, message.Blocks), cancellationToken).ConfigureAwait(false);
        return posted.Ts;
    }

    public async Task UpdateAsync(string channelId, string messageId, Reply reply, CancellationToken cancellationToken = default)
    {
        var message = BlockKitRenderer.Render(reply with { Visibility = ReplyVisibility.Public });
        await api.UpdateMessageAsync(new ChatUpdateRequest(channelId, messageId, message.Text, message.Blocks), cancellationToken).ConfigureAwait(false);
    }
}
