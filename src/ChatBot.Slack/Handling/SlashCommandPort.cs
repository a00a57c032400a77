using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Slack.WebApi;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Slack's side of one slash command for <see cref="ReplyRunner"/>: the acknowledgement carries the reply when it is
/// ready in time (a form opens as a modal, acknowledged empty); otherwise "Looking that up…", and the reply goes to
/// the response_url (files through <see cref="SlackReplySender"/>'s uploads).
/// </summary>
internal sealed class SlashCommandPort(ReplyTarget target, SlackReplySender sender, SlackWork work) : IReplyPort<ResponseUrlMessage?>
{
    public ResponseUrlMessage? Deferral { get; } = SlackReplies.Ephemeral(SlackReplies.LookingItUp);

    public Task Acknowledged => Task.CompletedTask;

    /// <summary>A response_url takes messages for 30 minutes.</summary>
    public TimeSpan DeliveryWindow => TimeSpan.FromMinutes(29);

    public async Task<ResponseUrlMessage?> NowAsync(Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Form is null)
        {
            return SlackReplies.ForResponse(reply);
        }

        return await sender.TryOpenFormAsync(reply.Form, target, cancellationToken).ConfigureAwait(false)
            ? null
            : SlackReplies.Ephemeral(SlackReplies.FormUnavailable);
    }

    public Task DeliverLaterAsync(Reply reply, CancellationToken cancellationToken) => work.DeliverAsync(reply, target, cancellationToken);
}
