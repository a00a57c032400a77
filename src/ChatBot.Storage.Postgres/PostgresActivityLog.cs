using ChatBot.Core.Admin;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;

namespace ChatBot.Storage.Postgres;

/// <summary>Reads everyone's questions (<see cref="PostgresQuestionHistory"/>'s table) and votes for the console; writes nothing.</summary>
public sealed class PostgresActivityLog(PostgresDatabase database) : IActivityLog
{
    public ValueTask<IReadOnlyList<AskedQuestion>> QuestionsSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<AskedQuestion>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, """
                SELECT platform, workspace_id, user_id, question, status, at FROM asked_questions WHERE at >= $1 ORDER BY at DESC, id DESC LIMIT $2
                """, r => new AskedQuestion(
                    Enum.TryParse<ChatPlatform>(r.GetString(0), out var platform) ? platform : ChatPlatform.Cli,
                    r.GetString(1) is { Length: > 0 } workspace ? workspace : null,
                    r.GetString(2),
                    r.GetString(3),
                    PostgresQuestionHistory.Status(r.GetString(4)),
                    Sql.Time(r, 5)),
                cancellationToken, since, Math.Max(0, limit)).ConfigureAwait(false);
        }, []);

    public ValueTask<IReadOnlyList<Feedback>> FeedbackSinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<Feedback>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT feedback FROM feedback WHERE at >= $1 ORDER BY at DESC LIMIT $2",
                r => Sql.FromJson<Feedback>(r.GetString(0)), cancellationToken, since, Math.Max(0, limit)).ConfigureAwait(false);
        }, []);
}
