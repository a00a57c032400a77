using System.Globalization;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Fact cards and their revisions in LiteDB. A save is a check-and-set under one lock and one transaction: the
/// version is compared, the card and its revision are written together or not at all (an import's cards and their
/// moderation log entries too, all in one transaction). Without a database, reads
/// throw <see cref="StorageUnavailableException"/> (never "no such card") and saves report Unavailable.
/// </summary>
public sealed class LiteDbFactCardStore(ChatBotDatabase database) : IFactCardStore
{
    private const string Cards = "factcards";
    private const string Revisions = "factcard_revisions";
    private readonly Lock gate = new();

    public ValueTask<FactCard?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(db => db.GetCollection<FactCardDocument>(Cards).FindById(slug) is { } document ? Card(document) : null));

    public ValueTask<IReadOnlyList<FactCard>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read<IReadOnlyList<FactCard>>(db => [.. db.GetCollection<FactCardDocument>(Cards).FindAll().Select(Card).OrderBy(c => c.Slug, StringComparer.Ordinal)])!);

    public ValueTask<IReadOnlyList<FactCardRevision>> HistoryAsync(string slug, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read<IReadOnlyList<FactCardRevision>>(db =>
            [.. db.GetCollection<FactCardRevisionDocument>(Revisions).Find(r => r.Slug == slug).OrderBy(r => r.Version).Select(r => StoredJson.Read<FactCardRevision>(r.Json)!)])!);

    public ValueTask<FactCardSaveResult> SaveAsync(FactCard card, int expectedVersion, FactCardRevision revision, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(database.Database is { } db ? Save(database, db, card, expectedVersion, revision) : new FactCardSaveResult(FactCardSaveOutcome.Unavailable, null));
        }
    }

    private static FactCardSaveResult Save(ChatBotDatabase database, LiteDatabase db, FactCard card, int expectedVersion, FactCardRevision revision)
    {
        return StorageGuard.InTransaction(database, db, () =>
        {
            if (Write(db, new FactCardWrite(card, expectedVersion, revision)) is { } refusal)
            {
                db.Rollback();
                return refusal;
            }

            db.Commit();
            DurableWrite.Persist(db);
            return new FactCardSaveResult(FactCardSaveOutcome.Saved, card);
        }, new FactCardSaveResult(FactCardSaveOutcome.Unavailable, null));
    }

    public ValueTask<FactCardSaveResult> SaveAllAsync(IReadOnlyList<FactCardWrite> writes, IReadOnlyList<ModerationEntry> log, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult(database.Database is { } db ? SaveAll(database, db, writes, log) : new FactCardSaveResult(FactCardSaveOutcome.Unavailable, null));
        }
    }

    private static FactCardSaveResult SaveAll(ChatBotDatabase database, LiteDatabase db, IReadOnlyList<FactCardWrite> writes, IReadOnlyList<ModerationEntry> log)
    {
        return StorageGuard.InTransaction(database, db, () =>
        {
            foreach (var write in writes)
            {
                if (Write(db, write) is { } refusal)
                {
                    db.Rollback();
                    return refusal;
                }
            }

            foreach (var entry in log)
            {
                LiteDbModerationLog.Insert(db, entry);
            }

            db.Commit();
            DurableWrite.Persist(db);
            return new FactCardSaveResult(FactCardSaveOutcome.Saved, null);
        }, new FactCardSaveResult(FactCardSaveOutcome.Unavailable, null));
    }

    /// <summary>The check-and-set of one card inside the caller's transaction: the refusal, or null once card and revision are written.</summary>
    private static FactCardSaveResult? Write(LiteDatabase db, FactCardWrite write)
    {
        var cards = db.GetCollection<FactCardDocument>(Cards);
        var current = cards.FindById(write.Card.Slug);
        var refusal = (current, write.ExpectedVersion) switch
        {
            ({ }, 0) => new FactCardSaveResult(FactCardSaveOutcome.Duplicate, Card(current)),
            (null, > 0) => new FactCardSaveResult(FactCardSaveOutcome.Missing, null),
            ({ }, _) when current.Version != write.ExpectedVersion => new FactCardSaveResult(FactCardSaveOutcome.Conflict, Card(current)),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        cards.Upsert(Document(write.Card));
        var revisions = db.GetCollection<FactCardRevisionDocument>(Revisions);
        revisions.EnsureIndex(r => r.Slug);
        revisions.Insert(Document(write.Revision));
        return null;
    }

    private T? Read<T>(Func<LiteDatabase, T?> read)
    {
        var db = database.Database ?? throw new StorageUnavailableException($"fact cards are unavailable: {database.Status}");
        return StorageGuard.Run(database, () => read(db), e => throw new StorageUnavailableException($"fact cards could not be read: {database.Status}", e));
    }

    private static FactCard Card(FactCardDocument document) =>
        StoredJson.Read<FactCard>(document.Json) ?? throw new StorageUnavailableException($"fact card {document.Id} is unreadable");

    private static FactCardDocument Document(FactCard card) => new()
    {
        Id = card.Slug,
        Version = card.Version,
        IsDeleted = card.IsDeleted,
        NeedsReview = card.NeedsReview,
        Tags = [.. card.Content.Tags],
        UpdatedAt = card.UpdatedAt.UtcDateTime,
        Json = StoredJson.Write(card),
    };

    private static FactCardRevisionDocument Document(FactCardRevision revision) => new()
    {
        Id = $"{revision.Slug}:{revision.Version.ToString("D6", CultureInfo.InvariantCulture)}",
        Slug = revision.Slug,
        Version = revision.Version,
        Action = revision.Action.ToString(),
        By = revision.By,
        At = revision.At.UtcDateTime,
        Json = StoredJson.Write(revision),
    };
}
