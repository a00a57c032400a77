using System.Net;
using System.Text.Json;

namespace ChatBot.IntegrationTests.Hosting;

public sealed class HealthEndpointTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory factory;

    public HealthEndpointTests(ChatBotFactory factory) => this.factory = factory;

    [Fact]
    public async Task Healthz_ReturnsOk_WhenProcessIsUp()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_ReportsIndexedCorpusAndOpenDatabase()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("ready").GetBoolean());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(("open", "chatbot.db"), (body.RootElement.GetProperty("database").GetProperty("state").GetString(), body.RootElement.GetProperty("database").GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Readyz_SaysTheDatabaseIsOpen_WithoutSayingWhereItIs()
    {
        using var client = factory.CreateClient();
        var body = await client.GetStringAsync(new Uri("/readyz", UriKind.Relative));

        using var json = JsonDocument.Parse(body);
        var database = json.RootElement.GetProperty("database");
        Assert.Equal("open", database.GetProperty("state").GetString());
        Assert.Equal("chatbot.db", database.GetProperty("file").GetString());
        Assert.DoesNotContain(factory.DataDirectory, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(factory.DataDirectory), body, StringComparison.Ordinal);
    }
}
