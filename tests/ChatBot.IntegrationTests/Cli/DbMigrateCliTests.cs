using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage.Contracts;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>`chatbot db migrate` and `chatbot serve` with ChatBot:Storage:Provider = Postgres, as real processes.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DbMigrateCliTests(PostgresFixture postgres) : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Migrate_BringsAnEmptyDatabaseToThisBuildsSchema_ThenFindsItCurrent()
    {
        var name = await postgres.CreateEmptyDatabaseAsync();
        Configure(postgres.Server.ConnectionString(name));
        var location = $"127.0.0.1:{postgres.Server.Port}/{name}";

        var first = await cli.RunAsync("db", "migrate");
        var second = await cli.RunAsync("db", "migrate");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal($"migrated PostgreSQL at {location} to version {Migration.Latest}: applied {string.Join(", ", Migration.All.Select(m => m.Name))}", first.Output.Trim());
        Assert.Equal((0, $"PostgreSQL schema at {location} is current (version {Migration.Latest})"), (second.ExitCode, second.Output.Trim()));
    }

    [Fact]
    public async Task Migrate_WithoutAConnectionString_NamesTheKey_InOneLine()
    {
        Configure(null);

        var (exit, _, error) = await cli.RunAsync("db", "migrate");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ConnectionStrings:Postgres must be set when ChatBot:Storage:Provider is Postgres", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Migrate_WithPostgresUnreachable_SaysWhereAndWhy_InOneLine()
    {
        var port = RedisServer.FreePort();
        Configure($"Host=127.0.0.1;Port={port};Username=postgres;Database=chatbot;Timeout=2");

        var (exit, _, error) = await cli.RunAsync("db", "migrate");

        Assert.Equal(1, exit);
        Assert.StartsWith($"error: PostgreSQL at 127.0.0.1:{port}/chatbot could not be migrated: PostgreSQL is unavailable (", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Migrate_WithLiteDb_SaysThereIsNothingToMigrate()
    {
        var (exit, _, error) = await cli.RunAsync("db", "migrate");

        Assert.Equal(1, exit);
        Assert.StartsWith("error: ChatBot:Storage:Provider is not Postgres: the LiteDB file needs no migrations", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OnASchemaBehindThisBuild_RefusesToStart_NamingTheVerbToRun()
    {
        var name = await postgres.CreateEmptyDatabaseAsync();
        Configure(postgres.Server.ConnectionString(name));

        var (exit, output, error) = await cli.RunAsync(
            "serve", "--urls", "http://127.0.0.1:0",
            $"--ChatBot:Corpus:Directory={CliRunner.Corpus}",
            $"--ChatBot:Corpus:SnapshotDirectory={Path.Combine(cli.WorkingDirectory, "index")}",
            $"--ChatBot:Storage:DatabasePath={Path.Combine(cli.WorkingDirectory, "chatbot.db")}",
            "--ChatBot:Storage:Backup:Interval=0");

        Assert.Equal(1, exit);
        Assert.Equal($"error: the PostgreSQL schema at 127.0.0.1:{postgres.Server.Port}/{name} is at version 0, this build needs {Migration.Latest}: run `chatbot db migrate`", error.Trim().Split('\n')[^1]);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Building the index", output + error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();

    /// <summary>The provider and connection string as environment variables, as an operator (or a container) sets them.</summary>
    private void Configure(string? connectionString)
    {
        cli.Environment["ChatBot__Storage__Provider"] = "Postgres";
        cli.Environment["ConnectionStrings__Postgres"] = connectionString;
    }
}
