using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Discord.Wire;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Discord's side of one interaction for <see cref="ReplyRunner"/>: the reply as the interaction response when it is
/// ready in time, else <see cref="Deferral"/> (type 5 or 6) and <see cref="DeliverLater"/> through the webhook once
/// Discord has the deferral (<see cref="Acknowledged"/>).
/// </summary>
internal sealed record InteractionPlan(
    Func<Reply, InteractionResponse> RespondNow,
    InteractionResponse Deferral,
    Func<Reply, CancellationToken, Task> DeliverLater,
    Task Acknowledged) : IReplyPort<InteractionResponse>
{
    /// <summary>Interaction tokens last 15 minutes; stop working on an answer a little before.</summary>
    public TimeSpan DeliveryWindow => TimeSpan.FromMinutes(14);

    public Task<InteractionResponse> NowAsync(Reply reply, CancellationToken cancellationToken) => Task.FromResult(RespondNow(reply));

    public Task DeliverLaterAsync(Reply reply, CancellationToken cancellationToken) => DeliverLater(reply, cancellationToken);
}
