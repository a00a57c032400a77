using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// The answer path's storage in LiteDB: the look-up is the conversation store's, and the record is one transaction
/// over the cache, archive, conversation, question-history and shared-reply collections. Each store's memory front
/// takes its part first, so a failed write loses nothing a user would notice before a restart — as each store alone
/// promises: a miss, memory instead, never a failed answer.
/// </summary>
public sealed class LiteDbAnswerRecords(ChatBotDatabase database, LiteDbAnswerCache cache, LiteDbAnswerArchive archive, LiteDbConversationStore conversations, LiteDbSharedReplyStore shared) : IAnswerRecords
{
    public async ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
    {
        var cached = record.Cache.Select(entry => cache.Keep(entry.Key, entry.Answer)).ToList();
        var (_, archived) = await archive.KeepAsync(record.Answer, cancellationToken);
        var kept = record.Shared is { } reply ? await shared.KeepAsync(reply.Reply, cancellationToken) : null;
        if (database.Database is not { } db)
        {
            if (record.Turn is var (key, turn))
            {
                await conversations.RememberAsync(key, turn, cancellationToken);
            }

            return;
        }

        var written = StorageGuard.InTransaction(database, db, () =>
        {
            foreach (var document in cached)
            {
                LiteDbAnswerCache.Answers(db).Upsert(document);
            }

            if (archived is not null)
            {
                db.GetCollection<ArchivedAnswer>(LiteDbAnswerArchive.Collection).Upsert(archived);
            }

            if (record.Turn is var (conversation, turn))
            {
                LiteDbConversationStore.Remember(db, conversation, turn);
            }

            if (record.Asked is { } asked)
            {
                LiteDbQuestionHistory.Record(db, asked);
            }

            if (kept is not null)
            {
                db.GetCollection<SharedReplyDocument>(LiteDbSharedReplyStore.Collection).Upsert(kept);
            }

            return db.Commit();
        }, false);
        if (!written && cached.Count > 0)
        {
            cache.WarnUnavailable("the answer and its cache entries could not be written");
        }
    }

    public ValueTask<ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) =>
        conversations.LastAsync(conversation, cancellationToken);
}
