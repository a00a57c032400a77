namespace ChatBot.Core.Commands;

/// <summary>Rate limits (per user, per channel). Returns a refusal reply when the request must wait, null when it may go ahead.</summary>
public interface IRequestGate
{
    ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default);
}
