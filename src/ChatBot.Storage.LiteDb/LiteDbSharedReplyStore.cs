using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>Shareable replies in LiteDB (so Share to channel works after a restart), in memory as well for speed.</summary>
public sealed class LiteDbSharedReplyStore(ChatBotDatabase database, TimeProvider time) : ISharedReplyStore
{
    internal const string Collection = "shared_replies";
    private readonly InMemorySharedReplyStore hot = new();

    public async ValueTask<string> SaveAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        var document = await KeepAsync(reply, cancellationToken);
        StorageGuard.Try(database, () => database.Database?.GetCollection<SharedReplyDocument>(Collection).Upsert(document));
        return document.Id;
    }

    /// <summary>Keeps the reply in memory and returns its document, for a caller that writes it (<see cref="LiteDbAnswerRecords"/>).</summary>
    internal async ValueTask<SharedReplyDocument> KeepAsync(Reply reply, CancellationToken cancellationToken) =>
        new() { Id = await hot.SaveAsync(reply, cancellationToken), Json = ReplyJson.Write(reply), At = time.GetUtcNow().UtcDateTime };

    public async ValueTask<Reply?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await hot.GetAsync(id, cancellationToken)
        ?? StorageGuard.Try(database, () => database.Database?.GetCollection<SharedReplyDocument>(Collection).FindById(id) is { } stored ? ReplyJson.Read(stored.Json) : null);
}
