using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>A local gate that must not be asked: while Redis answers, the shared buckets decide alone.</summary>
internal sealed class UnusedGate : IRequestGate
{
    public ValueTask<GateRefusal?> CheckAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");

    public ValueTask<GateRefusal?> CheckPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");
}
