namespace ChatBot.Core.Coordination;

/// <summary>The default: one replica, nobody to tell.</summary>
public sealed class SingleReplicaReloadBus : ICorpusReloadBus, IAsyncDisposable
{
    public static SingleReplicaReloadBus Instance { get; } = new();

    public Task PublishAsync(CorpusReloadNotice notice, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IAsyncDisposable> SubscribeAsync(Action<CorpusReloadNotice> received, CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable>(this);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
