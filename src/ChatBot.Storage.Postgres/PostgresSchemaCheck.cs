using Microsoft.Extensions.Hosting;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// `serve` with PostgreSQL starts only on a current schema: a schema behind this build (or a database that cannot be
/// reached) stops start-up with one line. It never migrates by itself — during a rolling deploy the old replicas still
/// run on the old schema, so changing it is a step an operator takes (`chatbot db migrate`). The check runs in
/// <see cref="StartingAsync"/>, before any hosted service starts — so before the index warm-up, which on a large corpus
/// without a snapshot would build the index first only to be refused.
/// </summary>
public sealed class PostgresSchemaCheck(PostgresMigrator migrator, PostgresDatabase database) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        SchemaStatus status;
        try
        {
            status = await migrator.StatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (PostgresFailures.Is(e))
        {
            throw new InvalidOperationException($"PostgreSQL at {database.Location} cannot be used: {PostgresFailures.Describe(e)}") { Source = "ChatBot" };
        }

        if (status.IsBehind)
        {
            throw new InvalidOperationException($"the PostgreSQL schema at {database.Location} is at version {status.Current}, this build needs {status.Latest}: run `chatbot db migrate`") { Source = "ChatBot" };
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
