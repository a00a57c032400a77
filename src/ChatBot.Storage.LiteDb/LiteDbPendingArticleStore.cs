using ChatBot.Core.PendingArticles;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The pending-article queue in LiteDB, so a moderator can approve after a restart and a feed item once seen is never
/// offered again. Records are kept (their status changes), never deleted. A decision is checked and written under
/// one lock, so two presses cannot both decide the same article.
/// </summary>
public sealed class LiteDbPendingArticleStore(ChatBotDatabase database) : IPendingArticleStore
{
    public const string CollectionName = "pending_articles";

    private readonly Lock decisions = new();

    public ValueTask<bool> SaveAsync(PendingArticle article, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(database.Database is { } db && StorageGuard.Try(database, () =>
        {
            Collection(db).Upsert(Document(article));
            DurableWrite.Persist(db);
        }));

    public ValueTask<PendingArticle?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(StorageGuard.Try(database, () => database.Database is { } db && Collection(db).FindById(id) is { } stored ? Read(stored) : null));

    public ValueTask<bool> TryDecideAsync(PendingArticle decided, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(database.Database is { } db && StorageGuard.Try(database, () =>
        {
            lock (decisions)
            {
                var collection = Collection(db);
                if (collection.FindById(decided.Id) is not { } stored || stored.Status != nameof(PendingArticleStatus.Pending))
                {
                    return false;
                }

                collection.Update(Document(decided));
                DurableWrite.Persist(db);
                return true;
            }
        }));

    public ValueTask<IReadOnlyList<PendingArticle>> ListAsync(PendingArticleStatus? status, int limit, CancellationToken cancellationToken = default)
    {
        var wanted = status?.ToString();
        var list = StorageGuard.Try<IReadOnlyList<PendingArticle>>(database, () => database.Database is { } db
            ? [.. (wanted is null ? Collection(db).Query() : Collection(db).Query().Where(d => d.Status == wanted)).OrderByDescending(d => d.RequestedAt).Limit(limit).ToList().Select(Read).OfType<PendingArticle>()]
            : []) ?? [];
        return ValueTask.FromResult(list);
    }

    public ValueTask<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(StorageGuard.Try(database, () => database.Database is { } db && Collection(db).Exists(d => d.Source == source)));

    private static ILiteCollection<PendingArticleDocument> Collection(ILiteDatabase db)
    {
        var collection = db.GetCollection<PendingArticleDocument>(CollectionName);
        collection.EnsureIndex(d => d.Source);
        return collection;
    }

    private static PendingArticleDocument Document(PendingArticle article) => new()
    {
        Id = article.Id,
        Source = article.Source,
        Status = article.Status.ToString(),
        RequestedAt = article.RequestedAt.UtcDateTime,
        Json = StoredJson.Write(article),
    };

    private static PendingArticle? Read(PendingArticleDocument document) => StoredJson.Read<PendingArticle>(document.Json);
}
