using ChatBot.Core.Commands;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Answers an @mention in its thread (or a direct message in the conversation) with chat.postMessage. The text
/// after the mention is read like "/abduction …": an optional verb, otherwise a question. "corpus add" in a channel
/// is not run (its preview and buttons would be public): the asker alone is pointed to the slash command.
/// </summary>
public sealed class MessageEventAnswerer(SlackDispatch dispatch, SlackUserResolver users, SlackReplySender sender, IRequestGate gate, IOptions<SlackOptions> options)
{
    public async Task AnswerAsync(EventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        var slackEvent = envelope.Event!;
        var bot = await users.BotIdentityAsync(cancellationToken).ConfigureAwait(false);
        if (bot?.UserId is { } botUserId && slackEvent.User == botUserId)
        {
            return;
        }

        var settings = options.Value;
        var isDirectMessage = slackEvent.Type == "message";
        var target = new ReplyTarget(
            slackEvent.Channel!,
            slackEvent.User!,
            ThreadTs: isDirectMessage ? slackEvent.ThreadTs : slackEvent.ThreadTs ?? slackEvent.Ts,
            PublicByDefault: true,
            IsDirectMessage: isDirectMessage);

        // A direct message while those are turned off goes unanswered: the refusal would invite a direct message.
        // Anywhere else outside the allow-list the gate refuses the dispatched command politely.
        if (isDirectMessage && gate.RefuseChannel(ChatPlatform.Slack, target.ChannelId, SlackOptions.IsDirectMessage(target.ChannelId)) is not null)
        {
            return;
        }

        var text = IncomingText.ToPlain(slackEvent.Text, bot?.UserId);
        var reply = text.Length > settings.MaxInputLength
            ? new Reply { Kind = ReplyKind.Invalid, Body = SlackReplies.TooLong(settings.MaxInputLength) }
            : await DispatchAsync(envelope, text, cancellationToken).ConfigureAwait(false);
        await sender.DeliverAsync(reply, target, cancellationToken).ConfigureAwait(false);
    }

    // A mention in a channel is answered in a thread under it, so that thread is its conversation; a DM is one
    // conversation unless the person opens a thread in it.
    private static string? ThreadOf(SlackEvent slackEvent) =>
        slackEvent.ThreadTs ?? (slackEvent.ChannelType == "im" || slackEvent.Channel?.StartsWith('D') == true ? null : slackEvent.Ts);

    private Task<Reply> DispatchAsync(EventEnvelope envelope, string text, CancellationToken cancellationToken)
    {
        var slackEvent = envelope.Event!;
        var parsed = SlackCommandParser.ParseVerb(text);
        if (parsed.Command == SlackCommandParser.Corpus && slackEvent.Type != "message")
        {
            return Task.FromResult(new Reply { Kind = ReplyKind.Invalid, Body = SlackReplies.CorpusNeedsSlash });
        }

        var request = new CommandRequest(ChatPlatform.Slack, new ChatUser(slackEvent.User!), slackEvent.Channel!, parsed.Command, parsed.Options, envelope.TeamId, parsed.Subcommand, ThreadOf(slackEvent))
        {
            IsDirectMessage = SlackOptions.IsDirectMessage(slackEvent.Channel!),
        };
        return dispatch.DispatchAsync(request, cancellationToken);
    }
}
