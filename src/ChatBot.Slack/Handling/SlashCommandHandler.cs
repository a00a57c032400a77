using ChatBot.Core.Commands;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// A slash command, from HTTP or Socket Mode. Returns what to acknowledge with: the reply itself when it is ready
/// within the inline budget (counted from the request's arrival), otherwise "Looking that up…" while the answer
/// continues in the background and goes to the response_url. Null means acknowledge with an empty body (a modal was opened).
/// </summary>
public sealed class SlashCommandHandler(SlackDispatch dispatch, SlackReplySender sender, SlackBackgroundWork work, IOptions<SlackOptions> options, TimeProvider timeProvider)
{
    /// <param name="receivedAt">When the request arrived, as a timestamp of the <see cref="TimeProvider"/>.</param>
    public async Task<ResponseUrlMessage?> HandleAsync(SlashCommandPayload payload, long receivedAt, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var channelId = payload.ChannelId ?? "";
        var userId = payload.UserId ?? "";
        if (!settings.IsChannelAllowed(channelId))
        {
            return SlackReplies.Ephemeral(SlackReplies.NotEnabledHere);
        }

        var text = IncomingText.ToPlain(payload.Text);
        if (text.Length > settings.MaxInputLength)
        {
            return SlackReplies.ForResponse(new Reply { Kind = ReplyKind.Invalid, Body = SlackReplies.TooLong(settings.MaxInputLength) });
        }

        var parsed = SlackCommandParser.ParseSlash(payload.Command ?? "", text);
        var request = new CommandRequest(ChatPlatform.Slack, new ChatUser(userId, payload.UserName), channelId, parsed.Command, parsed.Options, payload.TeamId, parsed.Subcommand);
        var target = new ReplyTarget(channelId, userId, payload.ResponseUrl, payload.TriggerId);

        var slow = dispatch.ExpectsSlowReply(request);
        var replyTask = work.Start((services, token) => services.GetRequiredService<SlackDispatch>().DispatchAsync(request, token));
        var budget = settings.InlineReplyBudget - timeProvider.GetElapsedTime(receivedAt);
        if (!slow && await InlineWait.CompletedWithinAsync(replyTask, budget, timeProvider, cancellationToken).ConfigureAwait(false))
        {
            var reply = await replyTask.ConfigureAwait(false);
            if (reply.Form is null)
            {
                return SlackReplies.ForResponse(reply);
            }

            return await sender.TryOpenFormAsync(reply.Form, target, cancellationToken).ConfigureAwait(false)
                ? null
                : SlackReplies.Ephemeral(SlackReplies.FormUnavailable);
        }

        work.Start("slash-command answer", async (services, token) =>
        {
            var reply = await replyTask.ConfigureAwait(false);
            await services.GetRequiredService<SlackReplySender>().DeliverAsync(reply, target, token).ConfigureAwait(false);
        });
        return SlackReplies.Ephemeral(SlackReplies.LookingItUp);
    }
}
