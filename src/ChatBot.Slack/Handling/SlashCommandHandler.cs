using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Slack.Configuration;
using ChatBot.Slack.Payloads;
using ChatBot.Slack.Rendering;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Options;

namespace ChatBot.Slack.Handling;

/// <summary>
/// A slash command, from HTTP or Socket Mode. Returns what to acknowledge with: the reply itself when it is ready
/// within the inline budget (counted from the request's arrival), otherwise "Looking that up…" while the answer
/// continues in the background and goes to the response_url (<see cref="ReplyRunner"/>, <see cref="SlashCommandPort"/>).
/// Null means acknowledge with an empty body (a modal was opened).
/// </summary>
public sealed class SlashCommandHandler(ReplyRunner runner, SlackWork work, SlackReplySender sender, IOptions<SlackOptions> options)
{
    /// <param name="receivedAt">When the request arrived, as a timestamp of the <see cref="TimeProvider"/>.</param>
    public async Task<ResponseUrlMessage?> HandleAsync(SlashCommandPayload payload, long receivedAt, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var channelId = payload.ChannelId ?? "";
        var userId = payload.UserId ?? "";
        var text = IncomingText.ToPlain(payload.Text);
        if (text.Length > settings.MaxInputLength)
        {
            return SlackReplies.ForResponse(new Reply { Kind = ReplyKind.Invalid, Body = SlackReplies.TooLong(settings.MaxInputLength) });
        }

        var parsed = SlackCommandParser.ParseSlash(payload.Command ?? "", text);
        var request = new CommandRequest(ChatPlatform.Slack, new ChatUser(userId, payload.UserName), channelId, parsed.Command, parsed.Options, payload.TeamId, parsed.Subcommand)
        {
            IsDirectMessage = SlackOptions.IsDirectMessage(channelId),
        };
        var target = new ReplyTarget(channelId, userId, payload.ResponseUrl, payload.TriggerId);
        var job = work.Dispatch(request) with
        {
            ReceivedAt = receivedAt,
            Budget = settings.InlineReplyBudget,
            Request = request,
        };
        return await runner.RespondAsync(job, new SlashCommandPort(target, sender, work), cancellationToken).ConfigureAwait(false);
    }
}
