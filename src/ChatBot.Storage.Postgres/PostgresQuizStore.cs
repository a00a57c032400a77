using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Quiz questions, answers and per-channel scores in PostgreSQL. An answer is inserted with ON CONFLICT DO NOTHING on
/// (question, user) and counted in the score in the same transaction, so however many presses arrive at once — on
/// however many replicas — a person's first answer counts exactly once. Questions closed a month ago are pruned.
/// </summary>
public sealed class PostgresQuizStore(PostgresDatabase database) : IQuizStore
{
    public async ValueTask SaveAsync(QuizQuestion question, CancellationToken cancellationToken = default) =>
        await PostgresFailures.RequiredAsync(database, "the quiz question could not be stored", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(connection, null, "DELETE FROM quiz_questions WHERE expires_at < $1", cancellationToken, question.CreatedAt.AddDays(-30)).ConfigureAwait(false);
            return await Sql.ExecuteAsync(connection, null, "INSERT INTO quiz_questions (id, expires_at, question) VALUES ($1, $2, $3)",
                cancellationToken, question.Id, question.ExpiresAt, Sql.ToJson(question)).ConfigureAwait(false);
        }).ConfigureAwait(false);

    public ValueTask<QuizQuestion?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        PostgresFailures.RequiredAsync<QuizQuestion?>(database, "the quiz could not be read", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return (await Sql.QueryAsync(connection, null, "SELECT question FROM quiz_questions WHERE id = $1", r => Sql.FromJson<QuizQuestion>(r.GetString(0)), cancellationToken, id).ConfigureAwait(false)).FirstOrDefault();
        });

    public ValueTask<QuizAnswerResult> AnswerAsync(QuizQuestion question, QuizAnswer answer, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var inserted = await Sql.ExecuteAsync(connection, transaction, "INSERT INTO quiz_answers (quiz_id, user_id, choice, correct, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                cancellationToken, question.Id, answer.UserId, answer.Choice, answer.Correct, answer.At).ConfigureAwait(false);
            if (inserted == 0)
            {
                var first = await Sql.QueryAsync(connection, transaction, "SELECT choice FROM quiz_answers WHERE quiz_id = $1 AND user_id = $2", r => r.GetInt32(0), cancellationToken, question.Id, answer.UserId).ConfigureAwait(false);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new QuizAnswerResult(QuizAnswerOutcome.AlreadyAnswered, first.Count > 0 ? first[0] : null);
            }

            await Sql.ExecuteAsync(connection, transaction, """
                INSERT INTO quiz_scores (platform, workspace_id, channel_id, user_id, display_name, correct, answered, first_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $7)
                ON CONFLICT (platform, workspace_id, channel_id, user_id) DO UPDATE SET
                    display_name = coalesce(EXCLUDED.display_name, quiz_scores.display_name),
                    correct = quiz_scores.correct + EXCLUDED.correct,
                    answered = quiz_scores.answered + 1
                """, cancellationToken, question.Platform.ToString(), question.WorkspaceId ?? "", question.ChannelId, answer.UserId, answer.DisplayName, answer.Correct ? 1 : 0, answer.At).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new QuizAnswerResult(QuizAnswerOutcome.Recorded);
        }, new QuizAnswerResult(QuizAnswerOutcome.Unavailable));

    public ValueTask<IReadOnlyList<QuizScore>> LeaderboardAsync(ChatPlatform platform, string? workspaceId, string channelId, int top, CancellationToken cancellationToken = default) =>
        BoardAsync("""
            SELECT user_id, display_name, correct, answered FROM quiz_scores
            WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3
            ORDER BY correct DESC, answered, first_at LIMIT $4
            """, cancellationToken, platform.ToString(), workspaceId ?? "", channelId, Math.Max(0, top));

    public ValueTask<IReadOnlyList<QuizScore>> WorkspaceLeaderboardAsync(ChatPlatform platform, string? workspaceId, int top, CancellationToken cancellationToken = default) =>
        BoardAsync("""
            SELECT user_id, (array_agg(display_name ORDER BY first_at DESC) FILTER (WHERE display_name IS NOT NULL))[1], sum(correct)::integer, sum(answered)::integer
            FROM quiz_scores WHERE platform = $1 AND workspace_id = $2
            GROUP BY user_id
            ORDER BY sum(correct) DESC, sum(answered), min(first_at) LIMIT $3
            """, cancellationToken, platform.ToString(), workspaceId ?? "", Math.Max(0, top));

    private ValueTask<IReadOnlyList<QuizScore>> BoardAsync(string sql, CancellationToken cancellationToken, params object?[] parameters) =>
        PostgresFailures.TryAsync<IReadOnlyList<QuizScore>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, sql, r => new QuizScore(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken, parameters).ConfigureAwait(false);
        }, []);
}
