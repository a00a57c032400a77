using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Sent answers in PostgreSQL, so a button pressed on any replica (or after a restart) finds its answer; a memory front
/// answers this replica's own presses without a round trip and keeps answers when PostgreSQL cannot be reached. The id
/// is derived from the answer, so a second write of one answer is skipped (ON CONFLICT DO NOTHING).
/// </summary>
public sealed class PostgresAnswerArchive(PostgresDatabase database, TimeProvider time) : IAnswerArchive
{
    private readonly InMemoryAnswerArchive hot = new();

    public async ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default)
    {
        var (id, stored) = await KeepAsync(answer, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            await PostgresFailures.TryAsync(database, async () =>
            {
                await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                return await InsertAsync(connection, null, id, stored, cancellationToken).ConfigureAwait(false);
            }, 0).ConfigureAwait(false);
        }

        return id;
    }

    public async ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await hot.GetAsync(id, cancellationToken).ConfigureAwait(false)
        ?? await PostgresFailures.TryAsync<AnswerResult?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return (await Sql.QueryAsync(connection, null, "SELECT answer FROM answer_archive WHERE id = $1", r => Sql.FromJson<AnswerResult>(r.GetString(0)), cancellationToken, id).ConfigureAwait(false)).FirstOrDefault();
        }, null).ConfigureAwait(false);

    /// <summary>Keeps the answer in memory; the record to write, or null when this replica archived it already.</summary>
    internal async ValueTask<(string Id, AnswerResult? Stored)> KeepAsync(AnswerResult answer, CancellationToken cancellationToken)
    {
        var id = AnswerIds.For(answer);
        if (await hot.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return (id, null);
        }

        await hot.SaveAsync(answer, cancellationToken).ConfigureAwait(false);
        return (id, answer with { Cached = false, ElapsedMs = 0 });
    }

    internal ValueTask<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, AnswerResult answer, CancellationToken cancellationToken) =>
        InsertAsync(connection, transaction, id, time.GetUtcNow(), answer, cancellationToken);

    /// <summary>Archives the answer as of <paramref name="at"/> (a copied answer keeps its own time, and so its retention).</summary>
    internal static ValueTask<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, DateTimeOffset at, AnswerResult answer, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "INSERT INTO answer_archive (id, at, answer) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            cancellationToken, id, at, Sql.ToJson(answer));
}
