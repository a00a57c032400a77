using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>Shareable replies in PostgreSQL (so Share to channel works on any replica), in memory as well for speed.</summary>
public sealed class PostgresSharedReplyStore(PostgresDatabase database, TimeProvider time) : ISharedReplyStore
{
    private readonly InMemorySharedReplyStore hot = new();

    public async ValueTask<string> SaveAsync(Reply reply, CancellationToken cancellationToken = default)
    {
        var id = await KeepAsync(reply, cancellationToken).ConfigureAwait(false);
        await PostgresFailures.TryAsync(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await InsertAsync(connection, null, id, reply, cancellationToken).ConfigureAwait(false);
        }, 0).ConfigureAwait(false);
        return id;
    }

    public async ValueTask<Reply?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await hot.GetAsync(id, cancellationToken).ConfigureAwait(false)
        ?? await PostgresFailures.TryAsync<Reply?>(database, async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            return (await Sql.QueryAsync(connection, null, "SELECT reply::text FROM shared_replies WHERE id = $1", r => ReplyJson.Read(r.GetString(0)), cancellationToken, id).ConfigureAwait(false)).FirstOrDefault();
        }, null).ConfigureAwait(false);

    /// <summary>Keeps the reply in memory; its id.</summary>
    internal ValueTask<string> KeepAsync(Reply reply, CancellationToken cancellationToken) => hot.SaveAsync(reply, cancellationToken);

    internal ValueTask<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, Reply reply, CancellationToken cancellationToken) =>
        InsertAsync(connection, transaction, id, time.GetUtcNow(), reply, cancellationToken);

    /// <summary>Keeps the reply as of <paramref name="at"/> (a copied reply keeps its own time, and so its retention).</summary>
    internal static ValueTask<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, DateTimeOffset at, Reply reply, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(connection, transaction, "INSERT INTO shared_replies (id, at, reply) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at",
            cancellationToken, id, at, new Sql.Jsonb(ReplyJson.Write(reply)));
}
