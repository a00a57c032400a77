using ChatBot.Storage.Postgres;
using ChatBot.IntegrationTests.Discord.Support;

using Npgsql;

using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real `chatbot serve` processes on one PostgreSQL server of their own (it is stopped here, so it cannot be the
/// one the other PostgreSQL tests share): with PostgreSQL stopped a moderator's write is refused with one line, and
/// once PostgreSQL is back nothing of it is there (no card, no revision) and the same write succeeds.
/// </summary>
public sealed class PostgresLossProcessTests : IAsyncLifetime
{
    private const string Slug = "five-return-2002";
    private const string Moderator = "610000000000000001";
    private PostgresServer postgres = null!;
    private ServeReplicas replicas = null!;

    [Fact]
    public async Task PostgresStopped_AModeratorWriteFailsWithOneLine_AndNothingOfItRemains()
    {
        await postgres.StopAsync();
        var refused = TextOf(await replicas.DiscordAsync(replicas[0], Payloads.ModalSubmit("fc:new", NewCard(Slug)).By(Moderator, ManageMessages)));
        var ready = await ServeReplicas.ReadyAsync(replicas[1]);
        await postgres.StartAsync();
        var rows = await CountAsync($"SELECT (SELECT count(*) FROM fact_cards WHERE slug = '{Slug}') + (SELECT count(*) FROM fact_card_revisions WHERE slug = '{Slug}')");
        var shown = TextOf(await replicas.DiscordAsync(replicas[1], FactCard("show", Slug).By("620000000000000002", Member)));
        var retried = TextOf(await replicas.DiscordAsync(replicas[0], Payloads.ModalSubmit("fc:new", NewCard(Slug)).By(Moderator, ManageMessages)));

        Assert.StartsWith("Fact cards can't be read or saved right now (storage is unavailable). Nothing was changed; please try again later.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", refused, StringComparison.Ordinal);
        Assert.Equal(("degraded", "unavailable"), ((string?)ready["status"], (string?)ready["postgres"]?["state"]));
        Assert.Equal(0, rows);
        Assert.Contains($"There is no fact card \"{Slug}\"", shown, StringComparison.Ordinal);
        Assert.Contains($"Created \"{Slug}\", version 1", retried, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        postgres = await PostgresServer.StartNewAsync();
        await using (var database = new PostgresDatabase(postgres.ConnectionString()))
        {
            await new PostgresMigrator(database).MigrateAsync();
        }

        replicas = await ServeReplicas.StartAsync(
            [
                "--ChatBot:Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={postgres.ConnectionString()}",
            ],
            [],
            []);
    }

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }

        await postgres.DisposeAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(postgres.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
