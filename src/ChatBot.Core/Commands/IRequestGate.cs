namespace ChatBot.Core.Commands;

/// <summary>
/// The one admission step before a handler runs: the rate limits (per user, per channel, global; presses apart), then
/// a turn. A shared gate (Redis) decorates the local one: it decides the rate limits itself and asks the local gate for
/// the turn only (<see cref="EnterAsync"/>), or, while it cannot decide, for both. Dispose what is returned once the work is done.
/// </summary>
public interface IRequestGate
{
    ValueTask<Admission> AdmitAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default);

    /// <summary>A button press or a vote: never counted against the user's or channel's questions, only its own, larger bucket and everyone's.</summary>
    ValueTask<Admission> AdmitPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default);

    /// <summary>A turn only, the rate limits having been decided elsewhere.</summary>
    ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default);
}
