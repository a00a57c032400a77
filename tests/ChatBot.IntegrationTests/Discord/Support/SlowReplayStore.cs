using ChatBot.Core.Storage;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>
/// Accepts every request, but runs <c>elapse</c> first (moving a fake clock on): time a request spends before its
/// handler runs, as on a busy server.
/// </summary>
internal sealed class SlowReplayStore(Action elapse) : IReplayStore
{
    public ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        elapse();
        return ValueTask.FromResult(true);
    }
}
