namespace ChatBot.Core.Commands;

/// <summary>
/// The one admission step before a handler runs: may this request run here (the platform's channel allow-list), and may
/// it run now (the rate limits — per user, per channel, global; presses apart — then a turn). A shared gate (Redis)
/// decorates the local one: it asks the local gate about the channel (<see cref="RefuseChannel"/>), decides the rate
/// limits itself and asks the local gate for the turn only (<see cref="EnterAsync"/>), or, while it cannot decide, for
/// all of it. Dispose what is returned once the work is done.
/// </summary>
public interface IRequestGate
{
    ValueTask<Admission> AdmitAsync(CommandRequest request, CancellationToken cancellationToken = default);

    /// <summary>A button press or a vote: never counted against the user's or channel's questions, only its own, larger bucket and everyone's.</summary>
    ValueTask<Admission> AdmitPressAsync(ComponentRequest request, CancellationToken cancellationToken = default);

    /// <summary>The allow-list's refusal for a channel outside the platform's list; null when the bot may answer there.</summary>
    GateRefusal? RefuseChannel(ChatPlatform platform, string channelId, bool isDirectMessage);

    /// <summary>A turn only, the rate limits having been decided elsewhere.</summary>
    ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default);
}
