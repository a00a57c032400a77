using ChatBot.Core.Admin;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Used sign-in nonces in PostgreSQL: INSERT … ON CONFLICT DO NOTHING makes consuming atomic across replicas; expired
/// nonces are dropped as new ones come in. When PostgreSQL cannot be reached no link is accepted
/// (<see cref="ChatBot.Core.Storage.StorageUnavailableException"/>): a reused link must never pass because the store could not be asked.
/// </summary>
public sealed class PostgresConsumedNonceStore(PostgresDatabase database, TimeProvider time) : IConsumedNonceStore
{
    public ValueTask<bool> TryConsumeAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken = default) =>
        PostgresFailures.RequiredAsync(database, "the sign-in link could not be checked", async () =>
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(connection, null, "DELETE FROM consumed_nonces WHERE expires_at < $1", cancellationToken, time.GetUtcNow()).ConfigureAwait(false);
            return await Sql.ExecuteAsync(connection, null, "INSERT INTO consumed_nonces (nonce, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING", cancellationToken, nonce, expiresAt).ConfigureAwait(false) == 1;
        });
}
