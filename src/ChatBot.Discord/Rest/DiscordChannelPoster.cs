using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Rest;

/// <summary>A channel message over REST, rendered like any reply (allowed_mentions empty), never ephemeral.</summary>
internal sealed class DiscordChannelPoster(DiscordRestClient rest) : IChannelPoster
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<string?> PostAsync(string channelId, Reply reply, CancellationToken cancellationToken = default)
    {
        var message = ReplyRenderer.Render(reply with { Visibility = ReplyVisibility.Public }).ToPayload(withFlags: false);
        await rest.CreateMessageAsync(channelId, message, cancellationToken);
        return null;
    }
}
