namespace ChatBot.Core.Commands;

/// <summary>
/// Posts a reply into a channel unprompted (no interaction to answer), for work the bot does on a schedule such as
/// offering new feed items to moderators. Each chat adapter registers one for its <see cref="Platform"/>; the message
/// mentions nobody.
/// </summary>
public interface IChannelPoster
{
    ChatPlatform Platform { get; }

    /// <returns>The new message's id when the platform gave one.</returns>
    Task<string?> PostAsync(string channelId, Reply reply, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message this poster posted (by the id <see cref="PostAsync"/> returned) with <paramref name="reply"/>.</summary>
    Task UpdateAsync(string channelId, string messageId, Reply reply, CancellationToken cancellationToken = default);
}
