using ChatBot.Core.Storage;
using ChatBot.Slack.Payloads;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Accepts an event_callback: drops what the bot must not answer (bots, edits, other event types), drops a
/// redelivered event_id, and hands the rest to <see cref="MessageEventAnswerer"/> (or, for the App Home tab being
/// opened, <see cref="AppHomePublisher"/>) in the background so Slack gets its 200 at once.
/// </summary>
public sealed class EventCallbackHandler(ISeenEventStore seenEvents, SlackWork work, ILogger<EventCallbackHandler> logger)
{
    /// <returns>True when the event will be answered.</returns>
    public async Task<bool> AcceptAsync(EventEnvelope envelope, string? retryNum, CancellationToken cancellationToken = default)
    {
        var slackEvent = envelope.Event;
        if (envelope.Type != "event_callback" || slackEvent is null || string.IsNullOrEmpty(envelope.EventId))
        {
            SlackLog.EventIgnored(logger, envelope.Type, "not an event_callback with an event_id");
            return false;
        }

        var home = AppHomePublisher.Wants(slackEvent);
        if (!home && IgnoreReason(slackEvent) is { } reason)
        {
            SlackLog.EventIgnored(logger, slackEvent.Type, reason);
            return false;
        }

        if (!await seenEvents.TryMarkSeenAsync(envelope.EventId, cancellationToken).ConfigureAwait(false))
        {
            SlackLog.DuplicateEvent(logger, envelope.EventId, retryNum);
            return false;
        }

        work.Run(home ? "slack app home" : "slack event", (services, token) => home
            ? services.GetRequiredService<AppHomePublisher>().PublishAsync(envelope, token)
            : services.GetRequiredService<MessageEventAnswerer>().AnswerAsync(envelope, token));
        return true;
    }

    private static string? IgnoreReason(SlackEvent slackEvent)
    {
        var isMention = slackEvent.Type == "app_mention";
        var isDirectMessage = slackEvent.Type == "message" && slackEvent.ChannelType == "im";
        return (isMention || isDirectMessage) switch
        {
            false => "not an app_mention or direct message",
            _ when !string.IsNullOrEmpty(slackEvent.BotId) => "posted by a bot",
            _ when !string.IsNullOrEmpty(slackEvent.Subtype) || slackEvent.Hidden == true => "a message subtype (edit, join, bot message…)",
            _ when string.IsNullOrEmpty(slackEvent.User) || string.IsNullOrEmpty(slackEvent.Channel) => "no user or channel",
            _ => null,
        };
    }
}
