using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// Brings the schema up to <see cref="Migration.Latest"/>: each pending script runs in its own transaction together
/// with its row in <c>schema_migrations</c>, all under one advisory lock, so two replicas (or two `chatbot db migrate`)
/// starting at once apply each script exactly once — the second waits, then finds nothing left to do.
/// </summary>
public sealed class PostgresMigrator(PostgresDatabase database)
{
    // Any fixed number: the lock is held only by migrations of this schema.
    private const long LockKey = 0x63686174626f74;

    private const string CreateTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";

    /// <summary>The migrations applied now (none when the schema was already current).</summary>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, null, "SELECT pg_advisory_lock($1)", cancellationToken, LockKey).ConfigureAwait(false);
        try
        {
            await Sql.ExecuteAsync(connection, null, CreateTable, cancellationToken).ConfigureAwait(false);
            var current = await CurrentAsync(connection, cancellationToken).ConfigureAwait(false);
            var applied = new List<Migration>();
            foreach (var migration in Migration.All.Where(m => m.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(connection, transaction, migration.Script, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", cancellationToken, migration.Version, migration.Name).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied.Add(migration);
            }

            return applied;
        }
        finally
        {
            await Sql.ExecuteAsync(connection, null, "SELECT pg_advisory_unlock($1)", CancellationToken.None, LockKey).ConfigureAwait(false);
        }
    }

    public async Task<SchemaStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new SchemaStatus(await CurrentAsync(connection, cancellationToken).ConfigureAwait(false), Migration.Latest);
    }

    private static async Task<int> CurrentAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Two statements: a query naming a table that does not exist fails when parsed, whatever its branches say.
        await using var exists = Sql.Command(connection, "SELECT to_regclass('schema_migrations') IS NOT NULL");
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            return 0;
        }

        await using var version = Sql.Command(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations");
        return Convert.ToInt32(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
