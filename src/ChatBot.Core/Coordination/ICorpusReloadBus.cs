namespace ChatBot.Core.Coordination;

/// <summary>
/// Tells the other replicas which corpus fingerprint this one now serves, so they reload too. Without a shared store
/// there are no other replicas and nothing is sent.
/// </summary>
public interface ICorpusReloadBus
{
    Task PublishAsync(CorpusReloadNotice notice, CancellationToken cancellationToken = default);

    /// <summary>Calls <paramref name="received"/> for every notice published from now on, this replica's own included, until disposed.</summary>
    Task<IAsyncDisposable> SubscribeAsync(Action<CorpusReloadNotice> received, CancellationToken cancellationToken = default);
}
