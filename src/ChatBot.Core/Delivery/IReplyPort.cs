using ChatBot.Core.Commands;

namespace ChatBot.Core.Delivery;

/// <summary>
/// One platform's side of one request, for <see cref="ReplyRunner"/>: how to answer at once, how to say "later",
/// and how to deliver later. <typeparamref name="TResponse"/> is the platform's first response (Discord's
/// interaction response, Slack's acknowledgement body).
/// </summary>
public interface IReplyPort<TResponse>
{
    /// <summary>The first response that says the reply follows (Discord type 5 or 6, Slack "Looking that up…").</summary>
    TResponse Deferral { get; }

    /// <summary>Completes once the platform has the first response: a later delivery waits for it (a few seconds at most).</summary>
    Task Acknowledged { get; }

    /// <summary>How long after the request a later delivery is still accepted (Discord's interaction token lasts 15 minutes).</summary>
    TimeSpan DeliveryWindow { get; }

    /// <summary>The reply as the first response.</summary>
    Task<TResponse> NowAsync(Reply reply, CancellationToken cancellationToken);

    /// <summary>Delivers the reply after the deferral (Discord: edit the original or follow up; Slack: response_url or chat.postMessage).</summary>
    Task DeliverLaterAsync(Reply reply, CancellationToken cancellationToken);
}
