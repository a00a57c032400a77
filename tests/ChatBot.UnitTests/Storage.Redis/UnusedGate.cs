using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Storage.Redis;

/// <summary>A local gate whose rate limits must not be asked: while Redis answers, the shared buckets decide alone (the turn stays local).</summary>
internal sealed class UnusedGate : IRequestGate
{
    public ValueTask<Admission> AdmitAsync(CommandRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");

    public ValueTask<Admission> AdmitPressAsync(ComponentRequest request, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The local gate was asked while Redis was reachable.");

    public GateRefusal? RefuseChannel(ChatPlatform platform, string channelId, bool isDirectMessage) => null;

    public ValueTask<Admission> EnterAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Admission.Admitted(null));
}
