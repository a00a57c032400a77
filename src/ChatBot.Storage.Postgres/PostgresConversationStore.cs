using ChatBot.Core.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Conversation memory in PostgreSQL, so a follow-up reaching another replica is still understood; a turn older than
/// <see cref="Conversation.Lifetime"/> is ignored (and deleted by <see cref="PostgresRecordRetention"/>). When
/// PostgreSQL cannot be reached, this replica remembers in memory.
/// </summary>
public sealed class PostgresConversationStore(PostgresDatabase database, TimeProvider time) : IConversationStore
{
    private readonly InMemoryConversationStore fallback = new(time);

    public async ValueTask<ConversationTurn?> LastAsync(string conversation, CancellationToken cancellationToken = default)
    {
        var stored = await PostgresFailures.TryAsync<(bool Read, ConversationTurn? Turn)>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            var turns = await Sql.QueryAsync(connection, null, "SELECT question, at FROM conversations WHERE conversation = $1", r => new ConversationTurn(r.GetString(0), Sql.Time(r, 1)), cancellationToken, conversation).ConfigureAwait(false);
            return (true, turns.FirstOrDefault());
        }, (false, null)).ConfigureAwait(false);
        if (!stored.Read)
        {
            return await fallback.LastAsync(conversation, cancellationToken).ConfigureAwait(false);
        }

        return stored.Turn is { } turn && time.GetUtcNow() - turn.At <= Conversation.Lifetime ? turn : null;
    }

    public async ValueTask RememberAsync(string conversation, ConversationTurn turn, CancellationToken cancellationToken = default)
    {
        var written = await PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await RememberAsync(connection, null, conversation, turn, cancellationToken).ConfigureAwait(false);
            return true;
        }, false).ConfigureAwait(false);
        if (!written)
        {
            await fallback.RememberAsync(conversation, turn, cancellationToken).ConfigureAwait(false);
        }
    }

    internal ValueTask RememberInMemoryAsync(string conversation, ConversationTurn turn, CancellationToken cancellationToken) =>
        fallback.RememberAsync(conversation, turn, cancellationToken);

    internal static ValueTask<int> RememberAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string conversation, ConversationTurn turn, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO conversations (conversation, question, at) VALUES ($1, $2, $3)
            ON CONFLICT (conversation) DO UPDATE SET question = EXCLUDED.question, at = EXCLUDED.at
            """, cancellationToken, conversation, turn.Question, turn.At);
}
