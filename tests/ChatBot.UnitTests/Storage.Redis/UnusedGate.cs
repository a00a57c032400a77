using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>A local gate whose rate limits must not be asked: while Redis answers, the shared buckets decide alone (the turn stays local).</summary>
internal sealed class UnusedGate : IRequestGate
{
    public ValueTask<Admission> AdmitAsync(ChatPlatform platform, string userId, string channelId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");

    public ValueTask<Admission> AdmitPressAsync(ChatPlatform platform, string userId, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");

    public ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Admission.Admitted(null));
}
