namespace ChatBot.Core.Commands;

/// <summary>Rate limits (per user, per channel). Returns a refusal reply when the request must wait, null when it may go ahead.</summary>
public interface IRequestGate
{
    ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default);

    /// <summary>A button press or a vote: never counted against the user's or channel's questions, only its own, larger bucket and everyone's.</summary>
    ValueTask<GateRefusal?> CheckPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default);
}
