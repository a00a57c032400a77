using System.Net;

namespace ChatBot.IntegrationTests.Discord;

public sealed class DiscordDisabledTests : IClassFixture<ChatBotFactory>
{
    private readonly ChatBotFactory factory;

    public DiscordDisabledTests(ChatBotFactory factory) => this.factory = factory;

    [Fact]
    public async Task WithoutADiscordSection_TheEndpointDoesNotExist()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), new StringContent("""{"type":1}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
