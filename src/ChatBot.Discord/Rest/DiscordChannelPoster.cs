using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Rest;

/// <summary>A channel message over REST, rendered like any reply (allowed_mentions empty), never ephemeral; edited in place by id.</summary>
internal sealed class DiscordChannelPoster(DiscordRestClient rest) : IChannelPoster
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<string?> PostAsync(string channelId, Reply reply, CancellationToken cancellationToken = default)
    {
        var message = ReplyRenderer.Render(reply with { Visibility = ReplyVisibility.Public }).ToPayload(withFlags: false);
        return await rest.CreateMessageAsync(channelId, message, cancellationToken);
    }

    public Task UpdateAsync(string channelId, string messageId, Reply reply, CancellationToken cancellationToken = default) =>
        rest.EditMessageAsync(channelId, messageId, ReplyRenderer.Render(reply with { Visibility = ReplyVisibility.Public }).ToPayload(withFlags: false), cancellationToken);
}
