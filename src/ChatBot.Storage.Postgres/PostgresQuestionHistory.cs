using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Each person's recent questions in PostgreSQL. Recording one drops the person's questions beyond the newest
/// <see cref="IQuestionHistory.Kept"/> and everyone's older than <see cref="IQuestionHistory.MaxAge"/>; when PostgreSQL
/// cannot be reached nothing is kept and the list is empty (as with LiteDB).
/// </summary>
public sealed class PostgresQuestionHistory(PostgresDatabase database, TimeProvider time) : IQuestionHistory
{
    public async ValueTask RecordAsync(ChatPlatform platform, string? workspaceId, string userId, string question, AnswerStatus status, CancellationToken cancellationToken = default) =>
        await PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await RecordAsync(connection, transaction, new AskedQuestion(platform, workspaceId, userId, question, status, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, false).ConfigureAwait(false);

    /// <summary>Inserts the question and drops what is beyond the person's newest <see cref="IQuestionHistory.Kept"/> and older than <see cref="IQuestionHistory.MaxAge"/>.</summary>
    internal static async ValueTask RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AskedQuestion asked, CancellationToken cancellationToken)
    {
        var (platform, workspace) = (asked.Platform.ToString(), asked.WorkspaceId ?? "");
        await Sql.ExecuteAsync(connection, transaction, "INSERT INTO asked_questions (platform, workspace_id, user_id, question, status, at) VALUES ($1, $2, $3, $4, $5, $6)",
            cancellationToken, platform, workspace, asked.UserId, asked.Question, asked.Status.ToString(), asked.At).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, """
            DELETE FROM asked_questions WHERE id IN (
                SELECT id FROM asked_questions WHERE platform = $1 AND workspace_id = $2 AND user_id = $3 ORDER BY at DESC, id DESC OFFSET $4)
            """, cancellationToken, platform, workspace, asked.UserId, IQuestionHistory.Kept).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM asked_questions WHERE at < $1", cancellationToken, asked.At - IQuestionHistory.MaxAge).ConfigureAwait(false);
    }

    public ValueTask<IReadOnlyList<AskedQuestion>> RecentAsync(ChatPlatform platform, string? workspaceId, string userId, int limit, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<AskedQuestion>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, """
                SELECT question, status, at FROM asked_questions WHERE platform = $1 AND workspace_id = $2 AND user_id = $3 AND at >= $4
                ORDER BY at DESC, id DESC LIMIT $5
                """, r => new AskedQuestion(platform, workspaceId, userId, r.GetString(0), Status(r.GetString(1)), Sql.Time(r, 2)),
                cancellationToken, platform.ToString(), workspaceId ?? "", userId, time.GetUtcNow() - IQuestionHistory.MaxAge, Math.Max(0, limit)).ConfigureAwait(false);
        }, []);

    internal static AnswerStatus Status(string stored) => Enum.TryParse<AnswerStatus>(stored, out var status) ? status : AnswerStatus.Answered;
}
