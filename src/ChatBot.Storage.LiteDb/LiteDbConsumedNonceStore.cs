using ChatBot.Core.Admin;
using ChatBot.Core.Storage;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Used sign-in nonces in LiteDB, so a link stays used across restarts. Insert-or-fail on the nonce as document id makes
/// consuming atomic; expired nonces are dropped as new ones come in. Without a usable database no link is accepted
/// (a reused link must never pass because the store could not be asked).
/// </summary>
public sealed class LiteDbConsumedNonceStore(ChatBotDatabase database, TimeProvider time) : IConsumedNonceStore
{
    private const string Collection = "admin_link_nonces";

    public ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            throw new StorageUnavailableException("the database is not available to check the sign-in link");
        }

        var now = time.GetUtcNow().UtcDateTime;
        return ValueTask.FromResult(StorageGuard.Run(database, () =>
        {
            var nonces = db.GetCollection<ConsumedNonceDocument>(Collection);
            nonces.DeleteMany(n => n.ExpiresAt < now);
            try
            {
                nonces.Insert(new ConsumedNonceDocument { Id = nonce, ExpiresAt = expiresAt.UtcDateTime });
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return false;
            }

            DurableWrite.Persist(db);
            return true;
        }, e => throw new StorageUnavailableException("the sign-in link could not be checked: " + e.Message.Split('\n')[0], e)));
    }
}
