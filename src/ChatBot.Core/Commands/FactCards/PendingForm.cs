namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// A card form kept for its owner to open again: a draft waiting for review, or a submission that was not saved
/// (invalid, or in conflict) so the text is not lost. <see cref="ExpectedVersion"/> 0 means a new card.
/// </summary>
public sealed record PendingForm(string Id, string OwnerId, string? Slug, int ExpectedVersion, IReadOnlyDictionary<string, string> Values, DateTimeOffset ExpiresAt);
