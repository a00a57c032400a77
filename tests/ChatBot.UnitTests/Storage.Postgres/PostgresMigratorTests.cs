using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;
using Npgsql;

namespace ChatBot.UnitTests.Storage.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigratorTests(PostgresFixture postgres) : IAsyncLifetime
{
    private PostgresDatabase database = null!;
    private string name = "";

    public async Task InitializeAsync()
    {
        name = await postgres.CreateEmptyDatabaseAsync();
        database = new PostgresDatabase(postgres.Server.ConnectionString(name));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Migrate_AppliesEveryScriptInOrderOnce_AndRecordsIt()
    {
        var migrator = new PostgresMigrator(database);

        var before = await migrator.StatusAsync();
        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal((0, true), (before.Current, before.IsBehind));
        Assert.Equal(Migration.All.Select(m => m.Version), first.Select(m => m.Version));
        Assert.Equal([1, 2], Migration.All.Take(2).Select(m => m.Version));
        Assert.Empty(second);
        Assert.Equal(new SchemaStatus(Migration.Latest, Migration.Latest), await migrator.StatusAsync());
        Assert.Equal(Migration.All.Select(m => m.Name), await NamesAsync());
    }

    [Fact]
    public async Task Migrate_FromTwoReplicasStartingAtOnce_AppliesEachScriptExactlyOnce()
    {
        await using var other = new PostgresDatabase(postgres.Server.ConnectionString(name));

        var runs = await Task.WhenAll(Task.Run(() => new PostgresMigrator(database).MigrateAsync()), Task.Run(() => new PostgresMigrator(other).MigrateAsync()));

        Assert.Equal(Migration.All.Count, runs.Sum(r => r.Count));
        Assert.Equal(Migration.All.Select(m => m.Name), await NamesAsync());
    }

    [Fact]
    public async Task Migrate_AFailingScript_LeavesNothingOfItBehind()
    {
        // A table the first script creates already exists: that script fails as a whole, and no version is recorded.
        await using (var connection = await database.OpenAsync())
        await using (var command = new NpgsqlCommand("CREATE TABLE fact_cards (slug text)", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<PostgresException>(() => new PostgresMigrator(database).MigrateAsync());

        Assert.Equal(0, (await new PostgresMigrator(database).StatusAsync()).Current);
        Assert.Empty(await NamesAsync());
    }

    [Fact]
    public async Task SchemaCheck_RefusesToServeOnASchemaBehindThisBuild_WithOneLineNamingTheVerb()
    {
        var check = new PostgresSchemaCheck(new PostgresMigrator(database), database);

        var behind = await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartingAsync(CancellationToken.None));
        await new PostgresMigrator(database).MigrateAsync();
        await check.StartingAsync(CancellationToken.None);

        Assert.Contains($"is at version 0, this build needs {Migration.Latest}: run `chatbot db migrate`", behind.Message, StringComparison.Ordinal);
        Assert.Equal("ChatBot", behind.Source);
    }

    [Fact]
    public async Task SchemaCheck_RefusesToServeWhenPostgresCannotBeReached_WithOneLine()
    {
        await using var nowhere = new PostgresDatabase($"Host=127.0.0.1;Port={RedisServer.FreePort()};Username=postgres;Database=none;Timeout=2");

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => new PostgresSchemaCheck(new PostgresMigrator(nowhere), nowhere).StartingAsync(CancellationToken.None));

        Assert.StartsWith($"PostgreSQL at {nowhere.Location} cannot be used: PostgreSQL is unavailable", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Message);
    }

    private async Task<List<string>> NamesAsync()
    {
        await using var connection = await database.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync() is not true)
        {
            return [];
        }

        await using var command = new NpgsqlCommand("SELECT name FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
