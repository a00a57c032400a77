using ChatBot.Core.Conversations;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Conversation memory in LiteDB, so a follow-up after a restart is still understood; a turn older than
/// <see cref="Conversation.Lifetime"/> is ignored and deleted when next read. Without a database it lives in memory.
/// </summary>
public sealed class LiteDbConversationStore(ChatBotDatabase database, TimeProvider time) : IConversationStore
{
    internal const string Collection = "conversations";
    private readonly InMemoryConversationStore fallback = new(time);

    public async ValueTask<ConversationTurn?> LastAsync(string conversation, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            return await fallback.LastAsync(conversation, cancellationToken);
        }

        return StorageGuard.Try(database, () =>
        {
            var collection = db.GetCollection<ConversationDocument>(Collection);
            if (collection.FindById(conversation) is not { } stored)
            {
                return null;
            }

            var turn = new ConversationTurn(stored.Question, new DateTimeOffset(DateTime.SpecifyKind(stored.At, DateTimeKind.Utc)));
            if (time.GetUtcNow() - turn.At <= Conversation.Lifetime)
            {
                return turn;
            }

            collection.Delete(conversation);
            return null;
        });
    }

    public async ValueTask RememberAsync(string conversation, ConversationTurn turn, CancellationToken cancellationToken = default)
    {
        if (database.Database is not { } db)
        {
            await fallback.RememberAsync(conversation, turn, cancellationToken);
            return;
        }

        StorageGuard.Try(database, () => Remember(db, conversation, turn));
    }

    internal static void Remember(LiteDatabase db, string conversation, ConversationTurn turn) =>
        db.GetCollection<ConversationDocument>(Collection).Upsert(new ConversationDocument { Id = conversation, Question = turn.Question, At = turn.At.UtcDateTime });
}
