using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;
using Microsoft.Extensions.Logging;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// A feed item is offered in every configured moderator channel; a decision (or an edit) taken on one message is shown
/// on the others too, so nobody presses Approve on a message that was already settled elsewhere. The pressed message is
/// replaced by the platform's own reply; the others are edited here, through each platform's <see cref="IChannelPoster"/>.
/// </summary>
public sealed class ModeratorMessageSync(IPendingArticleStore store, IEnumerable<IChannelPoster> posters, ILogger<ModeratorMessageSync> logger)
{
    /// <summary>Shows <paramref name="reply"/> on every recorded message of <paramref name="id"/> but the one pressed; returns how many were updated.</summary>
    public async Task<int> ShowElsewhereAsync(string id, ComponentRequest pressed, Reply reply, CancellationToken cancellationToken = default)
    {
        if (await store.GetAsync(id, cancellationToken) is not { Messages.Count: > 0 } pending)
        {
            return 0;
        }

        var updated = 0;
        foreach (var message in pending.Messages.Where(m => m.MessageId is not null && !IsPressed(m, pressed)))
        {
            if (posters.FirstOrDefault(p => p.Platform == message.Platform) is not { } poster)
            {
                continue;
            }

            try
            {
                await poster.UpdateAsync(message.ChannelId, message.MessageId!, reply with { ReplaceOriginal = false }, cancellationToken);
                updated++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("The {Platform} message offering {Id} was not updated: {Reason}", message.Platform, id, e.Message.Split('\n')[0]);
            }
        }

        return updated;
    }

    // A form submitted from a pressed message carries no message id: then the whole channel on that platform is the pressed one.
    private static bool IsPressed(ModeratorMessage message, ComponentRequest pressed) =>
        message.Platform == pressed.Platform && (pressed.MessageId is null ? message.ChannelId == pressed.ChannelId : message.MessageId == pressed.MessageId);
}
