using System.Net;
using ChatBot.IntegrationTests.Slack;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>With ChatBot:Admin:Urls the console answers only on its own address; the main address does not know /admin.</summary>
public sealed class ConsoleOwnAddressTests : IAsyncLifetime
{
    private const string ConsoleAddress = "127.0.0.1:5081";

    private FakeSlackServer slack = null!;
    private SlackTestFactory factory = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        factory = new SlackTestFactory(slack);
        factory.Settings["ChatBot:Admin:ConsoleEnabled"] = "true";
        factory.Settings["ChatBot:Admin:SigningKey"] = ConsoleHost.SigningKey;
        factory.Settings["ChatBot:Admin:BaseUrl"] = $"http://{ConsoleAddress}";
        factory.Settings["ChatBot:Admin:Urls"] = $"http://{ConsoleAddress}";
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Theory]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    [InlineData("/admin/signin", HttpStatusCode.OK)]
    public async Task TheConsole_IsServedOnItsOwnAddress_AndNotOnTheMainOne(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var own = await SendAsync(client, path, ConsoleAddress);
        using var main = await SendAsync(client, path, "localhost");

        Assert.Equal(expected, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, main.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return client.SendAsync(request);
    }
}
