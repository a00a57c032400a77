using ChatBot.Core.Answers;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Sent answers in LiteDB (so buttons keep working after a restart), falling back to memory without a database.</summary>
public sealed class LiteDbAnswerArchive(ChatBotDatabase database, TimeProvider time) : IAnswerArchive
{
    internal const string Collection = "archive";
    private readonly InMemoryAnswerArchive fallback = new();

    public async ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default)
    {
        var (id, document) = await KeepAsync(answer, cancellationToken);
        if (document is not null)
        {
            StorageGuard.Try(database, () => database.Database?.GetCollection<ArchivedAnswer>(Collection).Upsert(document));
        }

        return id;
    }

    /// <summary>
    /// Keeps the answer in memory; its document to write, or null when this process archived it already (the common
    /// case for cached answers: no second write).
    /// </summary>
    internal async ValueTask<(string Id, ArchivedAnswer? Document)> KeepAsync(AnswerResult answer, CancellationToken cancellationToken)
    {
        var id = AnswerIds.For(answer);
        if (await fallback.GetAsync(id, cancellationToken) is not null)
        {
            return (id, null);
        }

        await fallback.SaveAsync(answer, cancellationToken);
        return (id, new ArchivedAnswer { Id = id, Json = StoredJson.Write(answer with { Cached = false, ElapsedMs = 0 }), At = time.GetUtcNow().UtcDateTime });
    }

    public async ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await fallback.GetAsync(id, cancellationToken) is { } hot)
        {
            return hot;
        }

        return StorageGuard.Try(database, () => database.Database?.GetCollection<ArchivedAnswer>(Collection).FindById(id) is { } stored ? StoredJson.Read<AnswerResult>(stored.Json) : null);
    }
}
