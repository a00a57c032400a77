using ChatBot.Slack;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(120);
    private readonly ObservedTimeProvider time = new();
    private FakeSlackServer slack = null!;
    private ServiceProvider services = null!;

    private SlackApiClient Client => services.GetRequiredService<SlackApiClient>();

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Slack:SigningSecret"] = "s",
            ["ChatBot:Slack:BotToken"] = SlackTestFactory.BotToken,
            ["ChatBot:Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        }).Build();
        services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging()
            .AddSlackAdapter(configuration)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task RateLimited_WaitsExactlyRetryAfter_ThenPostsOnce()
    {
        slack.Script("chat.postMessage", 429, retryAfter: "30", body: """{"ok":false,"error":"ratelimited"}""");
        var retryDelay = time.NextTimerAsync(d => d == TimeSpan.FromSeconds(30));
        var posting = Client.PostMessageAsync(Message("C7"));

        Assert.Equal(TimeSpan.FromSeconds(30), await retryDelay);
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage")));
        time.Fake.Advance(TimeSpan.FromSeconds(30));

        var result = await posting.WaitAsync(FakeSlackServer.Patience);
        Assert.True(result.Ok);
        Assert.Equal(2, slack.Calls(c => c.IsApi("chat.postMessage")).Count);
    }

    [Fact]
    public async Task ServerError_IsRetried_WithBackoff()
    {
        slack.Script("chat.update", 500);
        var backoff = time.NextTimerAsync(d => d > TimeSpan.Zero && d != AttemptTimeout && d != TotalTimeout);
        var updating = Client.UpdateMessageAsync(new ChatUpdateRequest("C1", "1.1", "t", []));

        time.Fake.Advance(await backoff);
        Assert.True((await updating.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(2, slack.Calls(c => c.IsApi("chat.update")).Count);
    }

    [Fact]
    public async Task OkFalse_IsAnError_WithSlacksCode_AndTheTokenGoesInTheHeader()
    {
        slack.Script("chat.postEphemeral", 200, body: """{"ok":false,"error":"user_not_in_channel"}""");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostEphemeralAsync(new ChatPostEphemeralRequest("C1", "U1", "t", [])));
        Assert.Equal("user_not_in_channel", error.Error);
        Assert.Equal("Bearer " + SlackTestFactory.BotToken, slack.Calls(c => c.IsApi("chat.postEphemeral")).Single().Authorization);
    }

    [Fact]
    public async Task ResponseUrl_GetsNoToken_AndForeignHostsAreRefused()
    {
        await Client.PostToResponseUrlAsync(slack.ResponseUrl("r1"), new ResponseUrlMessage("hi", []));
        Assert.Null(slack.Calls(c => c.Path == "/hooks/r1").Single().Authorization);
        await Assert.ThrowsAsync<SlackApiException>(() => Client.PostToResponseUrlAsync("https://evil.example/hook", new ResponseUrlMessage("hi", [])));
    }

    private static ChatPostMessageRequest Message(string channel) => new(channel, "text", [new SectionBlock(TextObject.Mrkdwn("text"))]);
}
