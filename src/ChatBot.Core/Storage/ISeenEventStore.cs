namespace ChatBot.Core.Storage;

/// <summary>Remembers platform event ids (Slack event_id) so a redelivered event is not answered twice, across restarts.</summary>
public interface ISeenEventStore
{
    /// <summary>True the first time an id is seen; false for a duplicate.</summary>
    ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default);
}
