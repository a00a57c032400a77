using System.Net;
using System.Text.Json;
using ChatBot.Core.FactCards;
using ChatBot.Core.Storage;
using ChatBot.Storage.Postgres;
using ChatBot.UnitTests.Storage;
using ChatBot.UnitTests.Storage.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>The real host with ChatBot:Storage:Provider = Postgres.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class PostgresHostTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Host_OnPostgres_SharesFactCardsWithAnotherReplica_AndReadyzSaysPostgresIsOpen()
    {
        var name = await postgres.CreateDatabaseAsync();
        await using var factory = Factory(name);
        using var client = factory.CreateClient();
        await using var otherReplica = new PostgresDatabase(postgres.Server.ConnectionString(name));
        var card = StoredRecords.Card(1);

        var saved = await new PostgresFactCardStore(otherReplica).SaveAsync(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Created, "test:1", null, card.UpdatedAt, ["created"], card));
        using var readyz = JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        Assert.Equal(FactCardSaveOutcome.Saved, saved.Outcome);
        Assert.Equal([card.Slug], (await factory.Services.GetRequiredService<IFactCardStore>().ListAsync()).Select(c => c.Slug));
        Assert.Equal("ready", readyz.RootElement.GetProperty("status").GetString());
        Assert.Equal("open", readyz.RootElement.GetProperty("postgres").GetProperty("state").GetString());
        Assert.DoesNotContain(postgres.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), readyz.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WhenPostgresGoesAway_IsDegraded_AndModeratorWritesFailClearly()
    {
        var name = await postgres.CreateDatabaseAsync();
        await using var factory = Factory(name);
        using var client = factory.CreateClient();
        var cards = factory.Services.GetRequiredService<IFactCardStore>();
        var (first, second) = (StoredRecords.Card(1), StoredRecords.Card(2));

        await postgres.Server.ExecuteAsync($"DROP DATABASE {name} WITH (FORCE)");
        var import = await cards.SaveAllAsync([Write(first), Write(second)], []);
        var vote = await Assert.ThrowsAsync<StorageUnavailableException>(async () =>
            await factory.Services.GetRequiredService<IFeedbackStore>().RecordAsync(new Feedback("a", "q", "a", Core.Commands.ChatPlatform.Slack, "U1", 1, first.UpdatedAt)));
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var readyz = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(FactCardSaveOutcome.Unavailable, import.Outcome);
        Assert.StartsWith("the vote could not be stored: PostgreSQL refused it (3D000", vote.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", readyz.RootElement.GetProperty("status").GetString());
        Assert.Equal("unavailable", readyz.RootElement.GetProperty("postgres").GetProperty("state").GetString());
    }

    private ChatBotFactory Factory(string database)
    {
        var factory = new ChatBotFactory();
        factory.Settings["ChatBot:Storage:Provider"] = "Postgres";
        factory.Settings["ConnectionStrings:Postgres"] = postgres.Server.ConnectionString(database);
        return factory;
    }

    private static FactCardWrite Write(FactCard card) => new(card, 0, new FactCardRevision(card.Slug, 1, FactCardAction.Imported, "cli:test", null, card.UpdatedAt, ["imported"], card));
}
