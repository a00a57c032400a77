namespace ChatBot.Core.FactCards;

/// <summary>
/// How a change becomes a <see cref="FactCardWrite"/>: a new (or restored) card, or the next version of an existing
/// one, with the revision that says who changed what. One place, for single changes and for whole imports alike.
/// </summary>
internal static class FactCardWrites
{
    /// <summary>A card that does not exist, or is deleted (it comes back with a version after the deleted one).</summary>
    public static FactCardWrite New(string slug, FactCardContent content, FactCard? deleted, FactCardActor actor, FactCardAction action, DateTimeOffset now)
    {
        var card = new FactCard
        {
            Slug = slug,
            Content = content,
            Version = (deleted?.Version ?? 0) + 1,
            CreatedBy = actor.Id,
            CreatedAt = now,
            UpdatedBy = actor.Id,
            UpdatedAt = now,
            LastReviewedAt = now,
        };
        IReadOnlyList<string> changes = deleted is null ? FactCardDiff.Changes(null, content) : ["restored after deletion", .. FactCardDiff.Changes(deleted.Content, content)];
        return Of(card, deleted?.Version ?? 0, action, changes, actor);
    }

    /// <summary>The next version with <paramref name="content"/>, or null when nothing changes (and no review flag is to be cleared).</summary>
    public static FactCardWrite? Update(FactCard existing, FactCardContent content, FactCardActor actor, FactCardAction action, DateTimeOffset now)
    {
        var changes = FactCardDiff.Changes(existing.Content, content);
        if (changes.Count == 0 && !existing.NeedsReview)
        {
            return null;
        }

        var card = existing with { Content = content, Version = existing.Version + 1, UpdatedBy = actor.Id, UpdatedAt = now, LastReviewedAt = now, NeedsReview = false, ReviewNote = null };
        IReadOnlyList<string> lines = existing.NeedsReview ? [.. changes, "reviewed against the current corpus; review flag cleared"] : changes;
        return Of(card, existing.Version, action, lines, actor);
    }

    public static FactCardWrite Of(FactCard card, int expectedVersion, FactCardAction action, IReadOnlyList<string> changes, FactCardActor actor) =>
        new(card, expectedVersion, new FactCardRevision(card.Slug, card.Version, action, actor.Id, actor.Name, card.UpdatedAt, changes, card));
}
