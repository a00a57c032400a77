using ChatBot.Core.Answers;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Sent answers in LiteDB (so buttons keep working after a restart), falling back to memory without a database.</summary>
public sealed class LiteDbAnswerArchive(ChatBotDatabase database, TimeProvider time) : IAnswerArchive
{
    private readonly InMemoryAnswerArchive fallback = new();

    public async ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default)
    {
        var id = AnswerIds.For(answer);
        if (await fallback.GetAsync(id, cancellationToken) is not null)
        {
            // Already archived by this process (the common case for cached answers): no second write.
            return id;
        }

        await fallback.SaveAsync(answer, cancellationToken);
        StorageGuard.Try(database, () => database.Database?.GetCollection<ArchivedAnswer>("archive").Upsert(new ArchivedAnswer
        {
            Id = id,
            Json = StoredJson.Write(answer with { Cached = false, ElapsedMs = 0 }),
            At = time.GetUtcNow().UtcDateTime,
        }));
        return id;
    }

    public async ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await fallback.GetAsync(id, cancellationToken) is { } hot)
        {
            return hot;
        }

        return StorageGuard.Try(database, () => database.Database?.GetCollection<ArchivedAnswer>("archive").FindById(id) is { } stored ? StoredJson.Read<AnswerResult>(stored.Json) : null);
    }
}
