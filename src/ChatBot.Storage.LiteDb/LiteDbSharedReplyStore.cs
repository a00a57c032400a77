using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Shareable replies in LiteDB (so Share to channel works after a restart), in memory as well for speed.</summary>
public sealed class LiteDbSharedReplyStore(ChatBotDatabase database, TimeProvider time) : ISharedReplyStore
{
    private const string Collection = "shared_replies";
    private readonly InMemorySharedReplyStore hot = new();

    public async ValueTask<string> SaveAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        var id = await hot.SaveAsync(reply, cancellationToken);
        StorageGuard.Try(database, () => database.Database?.GetCollection<SharedReplyDocument>(Collection).Upsert(new SharedReplyDocument
        {
            Id = id,
            Json = ReplyJson.Write(reply),
            At = time.GetUtcNow().UtcDateTime,
        }));
        return id;
    }

    public async ValueTask<Reply?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await hot.GetAsync(id, cancellationToken)
        ?? StorageGuard.Try(database, () => database.Database?.GetCollection<SharedReplyDocument>(Collection).FindById(id) is { } stored ? ReplyJson.Read(stored.Json) : null);
}
