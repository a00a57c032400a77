using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage;
using ChatBot.UnitTests.Storage.Contracts;
using Npgsql;

namespace ChatBot.IntegrationTests.Cli;

/// <summary>`chatbot db copy --from litedb:FILE --to postgres` as a real process, against the private PostgreSQL server.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class DbCopyCliTests(PostgresFixture postgres) : IDisposable
{
    private readonly CliRunner cli = new();

    private string SourcePath => Path.Combine(cli.WorkingDirectory, "chatbot.db");

    [Fact]
    public async Task Copy_PrintsTheCountsPerCollection_AndASecondRunGivesTheSame()
    {
        await EveryKindOfRecord.WriteAsync(SourcePath);
        var name = await UseDatabaseAsync(postgres.CreateDatabaseAsync());

        var first = await cli.RunAsync("db", "copy", "--from", "litedb:chatbot.db", "--to", "postgres");
        var second = await cli.RunAsync("db", "copy", "--from", $"litedb:{SourcePath}", "--to", "postgres");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var lines = first.Output.Trim().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Equal($"copied {SourcePath} into PostgreSQL at 127.0.0.1:{postgres.Server.Port}/{name}", lines[0]);
        Assert.Equal("  collection                read   written in target", lines[1]);
        Assert.Contains("  fact_cards                   2         2         2", lines);
        Assert.Contains("  fact_card_revisions          3         3         3", lines);
        Assert.Contains("  moderation_log               3         3         3", lines);
        Assert.Equal(17, lines.Count);
        Assert.Contains("  answer_archive               2         0         2", second.Output.Split('\n').Select(l => l.TrimEnd()));
        Assert.Equal(3, await CountAsync(name, "moderation_log"));
        Assert.Equal(2, await CountAsync(name, "asked_questions"));
    }

    [Fact]
    public async Task Copy_FromADamagedFile_SaysSoInOneLine_AndWritesNothing()
    {
        await EveryKindOfRecord.WriteAsync(SourcePath);
        DatabaseDamage.Apply(SourcePath, DatabaseDamage.CutHalf);
        var name = await UseDatabaseAsync(postgres.CreateDatabaseAsync());

        var (exit, output, error) = await cli.RunAsync("db", "copy", "--from", $"litedb:{SourcePath}", "--to", "postgres");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"error: database {SourcePath} is damaged: the file is cut short", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(0, await CountAsync(name, "fact_cards"));
    }

    [Fact]
    public async Task Copy_IntoASchemaBehindThisBuild_IsRefused_NamingTheVerbToRun()
    {
        await EveryKindOfRecord.WriteAsync(SourcePath);
        var name = await UseDatabaseAsync(postgres.CreateEmptyDatabaseAsync());

        var (exit, _, error) = await cli.RunAsync("db", "copy", "--from", $"litedb:{SourcePath}", "--to", "postgres", "--connection", postgres.Server.ConnectionString(name));

        Assert.Equal(1, exit);
        Assert.Equal($"error: the PostgreSQL schema at 127.0.0.1:{postgres.Server.Port}/{name} is at version 0, this build needs {Migration.Latest}: run `chatbot db migrate` first; nothing was copied", error.Trim());
    }

    [Theory]
    [InlineData("chatbot.db", "postgres", "error: --from must be litedb:FILE (the LiteDB database to copy), not 'chatbot.db'")]
    [InlineData("litedb:", "postgres", "error: --from must be litedb:FILE (the LiteDB database to copy), not 'litedb:'")]
    [InlineData("litedb:chatbot.db", "redis", "error: --to must be postgres, not 'redis'")]
    public async Task Copy_WithASourceOrTargetOfTheWrongForm_IsAUsageError_InOneLine(string from, string to, string expected)
    {
        var (exit, output, error) = await cli.RunAsync("db", "copy", "--from", from, "--to", to);

        Assert.Equal((2, "", expected), (exit, output, error.Trim()));
    }

    public void Dispose() => cli.Dispose();

    private async Task<string> UseDatabaseAsync(Task<string> created)
    {
        var name = await created;
        cli.Environment["ConnectionStrings__Postgres"] = postgres.Server.ConnectionString(name);
        return name;
    }

    private async Task<int> CountAsync(string database, string table)
    {
        await using var connection = new NpgsqlConnection(postgres.Server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
