namespace ChatBot.Core.Delivery;

/// <summary>
/// Remembers delivery ids (Slack event_id) so a redelivered event is answered once, even after a restart when
/// the store is persistent.
/// </summary>
public interface ISeenEventStore
{
    /// <summary>Records <paramref name="eventId"/>; false when it was already recorded (a duplicate delivery).</summary>
    ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default);
}
