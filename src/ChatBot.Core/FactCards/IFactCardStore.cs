namespace ChatBot.Core.FactCards;

/// <summary>
/// Stores fact cards and their revisions. <see cref="SaveAsync"/> is an atomic check-and-set: it writes the card
/// and its revision only if the stored version is still <paramref name="expectedVersion"/> (0: no card yet), so of
/// two moderators saving the same version exactly one wins and the other gets a conflict.
/// </summary>
public interface IFactCardStore
{
    /// <summary>The card, deleted or not; null when the slug was never used.</summary>
    ValueTask<FactCard?> GetAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Every card, deleted ones included, by slug.</summary>
    ValueTask<IReadOnlyList<FactCard>> ListAsync(CancellationToken cancellationToken = default);

    ValueTask<FactCardSaveResult> SaveAsync(FactCard card, int expectedVersion, FactCardRevision revision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves every write and the moderation log entries that record them in one transaction, all or none: each write
    /// is checked as <see cref="SaveAsync"/> checks one, and the first refusal (with the card in the way) is returned
    /// with nothing saved.
    /// </summary>
    ValueTask<FactCardSaveResult> SaveAllAsync(IReadOnlyList<FactCardWrite> writes, IReadOnlyList<Moderation.ModerationEntry> log, CancellationToken cancellationToken = default);

    /// <summary>The card's revisions, oldest first.</summary>
    ValueTask<IReadOnlyList<FactCardRevision>> HistoryAsync(string slug, CancellationToken cancellationToken = default);
}
