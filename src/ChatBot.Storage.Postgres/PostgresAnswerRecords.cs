using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The answer path's storage with PostgreSQL: the cache entries go to the registered answer cache (this replica's own;
/// a shared level is Redis's job), and the archived answer, conversation turn, history entry and shared reply are
/// written in one transaction. Each store's memory front takes its part first, so a failed write loses nothing a user
/// would notice on this replica — never a failed answer.
/// </summary>
public sealed class PostgresAnswerRecords(PostgresDatabase database, IAnswerCache cache, PostgresAnswerArchive archive, PostgresConversationStore conversations, PostgresSharedReplyStore shared) : IAnswerRecords
{
    public async ValueTask RecordAsync(AnswerRecord record, CancellationToken cancellationToken = default)
    {
        foreach (var entry in record.Cache)
        {
            await cache.SetAsync(entry.Key, entry.Answer, cancellationToken).ConfigureAwait(false);
        }

        var (id, archived) = await archive.KeepAsync(record.Answer, cancellationToken).ConfigureAwait(false);
        var sharedId = record.Shared is { } kept ? await shared.KeepAsync(kept.Reply, cancellationToken).ConfigureAwait(false) : null;
        var written = await PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (archived is not null)
            {
                await archive.InsertAsync(connection, transaction, id, archived, cancellationToken).ConfigureAwait(false);
            }

            if (record.Turn is var (conversation, turn))
            {
                await PostgresConversationStore.RememberAsync(connection, transaction, conversation, turn, cancellationToken).ConfigureAwait(false);
            }

            if (record.Asked is { } asked)
            {
                await PostgresQuestionHistory.RecordAsync(connection, transaction, asked, cancellationToken).ConfigureAwait(false);
            }

            if (sharedId is not null)
            {
                await shared.InsertAsync(connection, transaction, sharedId, record.Shared!.Reply, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, false).ConfigureAwait(false);
        if (!written && record.Turn is var (key, last))
        {
            await conversations.RememberInMemoryAsync(key, last, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask<ConversationTurn?> LookupAsync(string conversation, CancellationToken cancellationToken = default) =>
        conversations.LastAsync(conversation, cancellationToken);
}
