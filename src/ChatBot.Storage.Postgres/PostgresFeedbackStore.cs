using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Feedback votes in PostgreSQL, one per user per answer: a second vote replaces the first (upsert on the key).</summary>
public sealed class PostgresFeedbackStore(PostgresDatabase database) : IFeedbackStore
{
    public async ValueTask RecordAsync(Feedback feedback, CancellationToken cancellationToken = default) =>
        await PostgresFailures.RequiredAsync(database, "the vote could not be stored", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await UpsertAsync(connection, null, feedback, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

    /// <summary>Stores the vote, replacing the user's earlier vote on the answer (inside the caller's transaction, if any).</summary>
    internal static ValueTask<int> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Feedback feedback, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO feedback (answer_id, platform, user_id, vote, at, feedback) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (answer_id, platform, user_id) DO UPDATE SET vote = EXCLUDED.vote, at = EXCLUDED.at, feedback = EXCLUDED.feedback
            """, cancellationToken, feedback.AnswerId, feedback.Platform.ToString(), feedback.UserId, (short)feedback.Vote, feedback.At, Sql.ToJson(feedback));

    public ValueTask<IReadOnlyList<Feedback>> ListAsync(string answerId, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<Feedback>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT feedback FROM feedback WHERE answer_id = $1 ORDER BY at, platform, user_id", r => Sql.FromJson<Feedback>(r.GetString(0)), cancellationToken, answerId).ConfigureAwait(false);
        }, []);
}
