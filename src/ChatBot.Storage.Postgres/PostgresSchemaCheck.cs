using Microsoft.Extensions.Hosting;

namespace ChatBot.Storage.Postgres;

/// <summary>
/// `serve` with PostgreSQL starts only on a current schema: a schema behind this build (or a database that cannot be
/// reached) stops start-up with one line. It never migrates by itself — during a rolling deploy the old replicas still
/// run on the old schema, so changing it is a step an operator takes (`chatbot db migrate`).
/// </summary>
public sealed class PostgresSchemaCheck(PostgresMigrator migrator, PostgresDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
