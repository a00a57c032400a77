using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>The moderation audit trail in PostgreSQL, append-only; newest first by insertion order.</summary>
public sealed class PostgresModerationLog(PostgresDatabase database) : IModerationLog
{
    public async ValueTask RecordAsync(ModerationEntry entry, CancellationToken cancellationToken = default) =>
        await PostgresFailures.RequiredAsync(database, "the moderation log entry could not be stored", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await InsertAsync(connection, null, entry, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    /// <summary>Adds the entry inside the caller's transaction, if any (see <see cref="PostgresFactCardStore.SaveAllAsync(IReadOnlyList{ChatBot.Core.FactCards.FactCardWrite}, IReadOnlyList{ModerationEntry}, CancellationToken)"/>).</summary>
    internal static ValueTask<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ModerationEntry entry, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "INSERT INTO moderation_log (at, platform, user_id, action, target, outcome) VALUES ($1, $2, $3, $4, $5, $6)",
            cancellationToken, entry.At, entry.Platform.ToString(), entry.UserId, entry.Action, entry.Target, entry.Outcome);

    public ValueTask<IReadOnlyList<ModerationEntry>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        PostgresFailures.TryAsync<IReadOnlyList<ModerationEntry>>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await Sql.QueryAsync(connection, null, "SELECT at, platform, user_id, action, target, outcome FROM moderation_log ORDER BY id DESC LIMIT $1",
                r => new ModerationEntry(Sql.Time(r, 0), Enum.Parse<ChatPlatform>(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
                cancellationToken, Math.Max(0, limit)).ConfigureAwait(false);
        }, []);
}
