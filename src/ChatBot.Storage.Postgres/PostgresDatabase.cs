using System.Diagnostics.Metrics;
using ChatBot.Core.Storage;
using Npgsql;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// The shared PostgreSQL database: one pooled data source for every store. Connections are opened per call and
/// returned to the pool, so a server that went away and came back is simply used again.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource source;

    public PostgresDatabase(string connectionString, IMeterFactory? meters = null)
    {
        Metrics = meters is null ? null : new StoreMetrics(meters, "postgres");
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        source = NpgsqlDataSource.Create(builder);
    }

    /// <summary>Host, port and database, never the password: for messages and /readyz.</summary>
    public string Location { get; }

    /// <summary>Where the stores' calls on this database are counted (<see cref="PostgresFailures"/>); none without a meter factory.</summary>
    internal StoreMetrics? Metrics { get; }

    /// <summary>One round trip now (bounded by the connection string's timeouts): null when the server answers, or why not, without saying where it is.</summary>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (PostgresFailures.Is(e))
        {
            return e is PostgresException refused ? $"PostgreSQL refused the check ({refused.SqlState})" : "PostgreSQL cannot be reached";
        }
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default) => source.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => source.DisposeAsync();

    public void Dispose() => source.Dispose();
}
