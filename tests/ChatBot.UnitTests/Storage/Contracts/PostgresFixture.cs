using ChatBot.Storage.Postgres;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>
/// One private PostgreSQL server for every test in <see cref="PostgresCollection"/>, with a template database migrated
/// once; each test gets its own copy (CREATE DATABASE … TEMPLATE), so tests never see each other's rows.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string Template = "chatbot_template";
    private PostgresServer? server;

    public PostgresServer Server => server ?? throw new InvalidOperationException("the PostgreSQL fixture has not started");

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartNewAsync();
        await server.ExecuteAsync($"CREATE DATABASE {Template}");
        await using (var template = new PostgresDatabase(server.ConnectionString(Template)))
        {
            await new PostgresMigrator(template).MigrateAsync();
        }

        // CREATE DATABASE … TEMPLATE needs the template to have no connections.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new database with the current schema; its name.</summary>
    public Task<string> CreateDatabaseAsync() => Server.CreateDatabaseAsync(Template);

    /// <summary>A new database without any schema; its name.</summary>
    public Task<string> CreateEmptyDatabaseAsync() => Server.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
