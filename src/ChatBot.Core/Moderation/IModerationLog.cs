namespace ChatBot.Core.Moderation;

/// <summary>The stored audit trail of moderator actions (and refused attempts), newest first when listed.</summary>
public interface IModerationLog
{
    /// <exception cref="Storage.StorageUnavailableException">The entry could not be stored (the database is unavailable).</exception>
    ValueTask RecordAsync(ModerationEntry entry, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<ModerationEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
