using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;

namespace ChatBot.Core.FactCards;

/// <summary>
/// Creating, editing, deleting and importing cards: every change is validated against the current corpus, saved
/// with a revision naming who made it, and refused whole when the card changed since the caller read it. A change
/// that cannot read the store is "unavailable", exactly like one that cannot save, so callers keep the typed text.
/// </summary>
public sealed class FactCardService(IFactCardStore store, ICorpusIndexProvider corpora, TimeProvider time)
{
    /// <summary>The card unless it is unknown or deleted.</summary>
    public async ValueTask<FactCard?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        await store.GetAsync(slug, cancellationToken) is { IsDeleted: false } card ? card : null;

    /// <summary>Cards that are not deleted, with the tag if one is given (any case), by slug.</summary>
    public async ValueTask<IReadOnlyList<FactCard>> ListAsync(string? tag = null, CancellationToken cancellationToken = default)
    {
        var wanted = tag is null ? null : FactCardText.NormalizeTags([tag]).FirstOrDefault();
        var cards = await store.ListAsync(cancellationToken);
        return [.. cards.Where(c => !c.IsDeleted && (wanted is null || c.Content.Tags.Contains(wanted, StringComparer.Ordinal))).OrderBy(c => c.Slug, StringComparer.Ordinal)];
    }

    public ValueTask<FactCardChange> CreateAsync(string slug, FactCardContent content, FactCardActor actor, IEnumerable<FactCardProblem>? earlier = null, CancellationToken cancellationToken = default) =>
        UnlessUnavailable(() => CreateCoreAsync(slug, content, actor, earlier, cancellationToken));

    private async ValueTask<FactCardChange> CreateCoreAsync(string slug, FactCardContent content, FactCardActor actor, IEnumerable<FactCardProblem>? earlier, CancellationToken cancellationToken)
    {
        var validation = FactCardValidator.Validate(slug, content, corpora.Current, earlier);
        if (!validation.IsValid)
        {
            return new FactCardChange(FactCardOutcome.Invalid, null, validation.Problems);
        }

        var existing = await store.GetAsync(slug, cancellationToken);
        if (existing is { IsDeleted: false })
        {
            return new FactCardChange(FactCardOutcome.Duplicate, existing);
        }

        return await WriteNewAsync(slug, validation.Content, existing, actor, existing is null ? FactCardAction.Created : FactCardAction.Restored, cancellationToken);
    }

    public ValueTask<FactCardChange> EditAsync(string slug, int expectedVersion, FactCardContent content, FactCardActor actor, IEnumerable<FactCardProblem>? earlier = null, CancellationToken cancellationToken = default) =>
        UnlessUnavailable(() => EditCoreAsync(slug, expectedVersion, content, actor, earlier, cancellationToken));

    private async ValueTask<FactCardChange> EditCoreAsync(string slug, int expectedVersion, FactCardContent content, FactCardActor actor, IEnumerable<FactCardProblem>? earlier, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(slug, cancellationToken);
        if (existing is null or { IsDeleted: true })
        {
            return new FactCardChange(FactCardOutcome.NotFound);
        }

        if (existing.Version != expectedVersion)
        {
            return new FactCardChange(FactCardOutcome.Conflict, existing);
        }

        var validation = FactCardValidator.Validate(slug, content, corpora.Current, earlier);
        return validation.IsValid
            ? await UpdateAsync(existing, validation.Content, actor, FactCardAction.Edited, cancellationToken)
            : new FactCardChange(FactCardOutcome.Invalid, existing, validation.Problems);
    }

    public ValueTask<FactCardChange> DeleteAsync(string slug, int expectedVersion, FactCardActor actor, CancellationToken cancellationToken = default) =>
        UnlessUnavailable(() => DeleteCoreAsync(slug, expectedVersion, actor, cancellationToken));

    private async ValueTask<FactCardChange> DeleteCoreAsync(string slug, int expectedVersion, FactCardActor actor, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(slug, cancellationToken);
        if (existing is null or { IsDeleted: true })
        {
            return new FactCardChange(FactCardOutcome.NotFound);
        }

        if (existing.Version != expectedVersion)
        {
            return new FactCardChange(FactCardOutcome.Conflict, existing);
        }

        var now = time.GetUtcNow();
        var deleted = existing with { IsDeleted = true, Version = existing.Version + 1, UpdatedBy = actor.Id, UpdatedAt = now };
        return await SaveAsync(deleted, existing.Version, FactCardAction.Deleted, ["deleted (hidden; history kept)"], actor, cancellationToken);
    }

    /// <summary>Creates the card, or updates it to the given content whatever version is stored (an import is a deliberate overwrite).</summary>
    public ValueTask<FactCardChange> ImportAsync(string slug, FactCardContent content, FactCardActor actor, CancellationToken cancellationToken = default) =>
        UnlessUnavailable(() => ImportCoreAsync(slug, content, actor, cancellationToken));

    private async ValueTask<FactCardChange> ImportCoreAsync(string slug, FactCardContent content, FactCardActor actor, CancellationToken cancellationToken)
    {
        var validation = FactCardValidator.Validate(slug, content, corpora.Current);
        if (!validation.IsValid)
        {
            return new FactCardChange(FactCardOutcome.Invalid, null, validation.Problems);
        }

        var existing = await store.GetAsync(slug, cancellationToken);
        return existing is null or { IsDeleted: true }
            ? await WriteNewAsync(slug, validation.Content, existing, actor, FactCardAction.Imported, cancellationToken)
            : await UpdateAsync(existing, validation.Content, actor, FactCardAction.Imported, cancellationToken);
    }

    private ValueTask<FactCardChange> WriteNewAsync(string slug, FactCardContent content, FactCard? deleted, FactCardActor actor, FactCardAction action, CancellationToken cancellationToken) =>
        SaveAsync(FactCardWrites.New(slug, content, deleted, actor, action, time.GetUtcNow()), cancellationToken);

    private async ValueTask<FactCardChange> UpdateAsync(FactCard existing, FactCardContent content, FactCardActor actor, FactCardAction action, CancellationToken cancellationToken) =>
        FactCardWrites.Update(existing, content, actor, action, time.GetUtcNow()) is { } write
            ? await SaveAsync(write, cancellationToken)
            : new FactCardChange(FactCardOutcome.Unchanged, existing);

    private static async ValueTask<FactCardChange> UnlessUnavailable(Func<ValueTask<FactCardChange>> change)
    {
        try
        {
            return await change();
        }
        catch (StorageUnavailableException)
        {
            return new FactCardChange(FactCardOutcome.Unavailable);
        }
    }

    internal ValueTask<FactCardChange> SaveAsync(FactCard card, int expectedVersion, FactCardAction action, IReadOnlyList<string> changes, FactCardActor actor, CancellationToken cancellationToken) =>
        SaveAsync(FactCardWrites.Of(card, expectedVersion, action, changes, actor), cancellationToken);

    private async ValueTask<FactCardChange> SaveAsync(FactCardWrite write, CancellationToken cancellationToken)
    {
        var saved = await store.SaveAsync(write.Card, write.ExpectedVersion, write.Revision, cancellationToken);
        return saved.Outcome switch
        {
            FactCardSaveOutcome.Saved => new FactCardChange(FactCardOutcome.Saved, saved.Current ?? write.Card),
            FactCardSaveOutcome.Duplicate => new FactCardChange(FactCardOutcome.Duplicate, saved.Current),
            FactCardSaveOutcome.Conflict => new FactCardChange(FactCardOutcome.Conflict, saved.Current),
            FactCardSaveOutcome.Missing => new FactCardChange(FactCardOutcome.NotFound),
            _ => new FactCardChange(FactCardOutcome.Unavailable),
        };
    }
}
