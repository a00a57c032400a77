namespace ChatBot.Core.Storage;

/// <summary>
/// Remembers signed platform requests (a Discord interaction id, a Slack trigger_id) for as long as their signature
/// would still verify, so a captured request cannot be played again in that time. Persisted stores keep the records
/// across restarts.
/// </summary>
public interface IReplayStore
{
    /// <summary>
    /// True the first time <paramref name="key"/> is recorded, or when its earlier record has expired; false while an
    /// earlier record is still valid (a replay). Of concurrent calls with one key, exactly one gets true.
    /// </summary>
    ValueTask<bool> TryRecordAsync(string key, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);
}
