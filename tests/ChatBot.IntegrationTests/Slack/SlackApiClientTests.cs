using ChatBot.Slack;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.WebApi;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private SlackApiHarness harness = null!;

    private ObservedTimeProvider Time => harness.Time;

    private FakeSlackServer Slack => harness.Slack;

    private SlackApiClient Client => harness.Client;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task RateLimited_WaitsExactlyRetryAfter_ThenPostsOnce()
    {
        Slack.Script("chat.postMessage", 429, retryAfter: "30", body: """{"ok":false,"error":"ratelimited"}""");
        var retryDelay = Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(30));
        var posting = Client.PostMessageAsync(Message("C7"));

        Assert.Equal(TimeSpan.FromSeconds(30), await retryDelay);
        Assert.Single(Slack.Calls(c => c.IsApi("chat.postMessage")));
        Time.Fake.Advance(TimeSpan.FromSeconds(30));

        var result = await posting.WaitAsync(FakeSlackServer.Patience);
        Assert.True(result.Ok);
        Assert.Equal(2, Slack.Calls(c => c.IsApi("chat.postMessage")).Count);
    }

    [Fact]
    public async Task ServerError_IsRetried_WithBackoff()
    {
        Slack.Script("chat.postEphemeral", 500);
        var backoff = harness.NextBackoffAsync();
        var posting = Client.PostEphemeralAsync(new ChatPostEphemeralRequest("C1", "U1", "t", []));

        Time.Fake.Advance(await backoff);
        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(2, Slack.Calls(c => c.IsApi("chat.postEphemeral")).Count);
    }

    [Fact]
    public async Task OkFalse_IsAnError_WithSlacksCode_AndTheTokenGoesInTheHeader()
    {
        Slack.Script("chat.postEphemeral", 200, body: """{"ok":false,"error":"user_not_in_channel"}""");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostEphemeralAsync(new ChatPostEphemeralRequest("C1", "U1", "t", [])));
        Assert.Equal("user_not_in_channel", error.Error);
        Assert.Equal("Bearer " + SlackTestFactory.BotToken, Slack.Calls(c => c.IsApi("chat.postEphemeral")).Single().Authorization);
    }

    [Fact]
    public async Task ResponseUrl_GetsNoToken_AndForeignHostsAreRefused()
    {
        await Client.PostToResponseUrlAsync(Slack.ResponseUrl("r1"), new ResponseUrlMessage("hi", []));
        Assert.Null(Slack.Calls(c => c.Path == "/hooks/r1").Single().Authorization);
        await Assert.ThrowsAsync<SlackApiException>(() => Client.PostToResponseUrlAsync("https://evil.example/hook", new ResponseUrlMessage("hi", [])));
    }

    [Theory]
    [InlineData(302)]
    [InlineData(307)]
    public async Task ResponseUrl_ThatRedirects_IsNotFollowed(int status)
    {
        await using var inside = await FakeSlackServer.StartAsync(); // a service on 127.0.0.1 the redirect points at
        Slack.Script("hooks", status, location: inside.ResponseUrl("internal"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client.PostToResponseUrlAsync(Slack.ResponseUrl("redirecting"), new ResponseUrlMessage("hi", [])));

        Assert.Equal($"http_{status}", error.Error);
        Assert.Single(Slack.Calls(c => c.Path == "/hooks/redirecting"));
        Assert.Empty(inside.Calls(_ => true));
    }

    // Bursts of 429s and 5xx before success: each Retry-After is waited on the fake clock in turn, delivered exactly once.
    [Fact]
    public async Task RateLimitBurst_WaitsEachRetryAfterInTurn_ThenPostsOnce()
    {
        int[] waits = [3, 7, 11];
        foreach (var seconds in waits)
        {
            Slack.Script("chat.postMessage", 429, retryAfter: seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body: """{"ok":false,"error":"ratelimited"}""");
        }

        var delay = Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(waits[0]));
        var posting = Client.PostMessageAsync(BurstMessage());
        for (var i = 0; i < waits.Length; i++)
        {
            Assert.Equal(TimeSpan.FromSeconds(waits[i]), await delay);
            Assert.Equal(i + 1, Posts());
            var next = i + 1 < waits.Length ? TimeSpan.FromSeconds(waits[i + 1]) : TimeSpan.Zero;
            delay = next > TimeSpan.Zero ? Time.NextTimerAsync(d => d == next) : delay;
            Time.Fake.Advance(TimeSpan.FromSeconds(waits[i]));
        }

        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(waits.Length + 1, Posts());
    }

    [Fact]
    public async Task ServerErrorBurst_ThenSuccess_DeliversTheMessageExactlyOnce()
    {
        foreach (var status in new[] { 500, 502, 503 })
        {
            Slack.Script("chat.postMessage", status);
        }

        var backoff = harness.NextBackoffAsync();
        var posting = Client.PostMessageAsync(BurstMessage());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wait = await backoff;
            Assert.Equal(attempt, Posts());
            backoff = attempt < 3 ? harness.NextBackoffAsync() : backoff;
            Time.Fake.Advance(wait);
        }

        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(4, Posts());
        Assert.Single(Slack.Calls(c => c.IsApi("chat.postMessage")).Select(c => c.Body).Distinct());
    }

    private int Posts() => Slack.Calls(c => c.IsApi("chat.postMessage")).Count;

    private static ChatPostMessageRequest BurstMessage() =>
        new("C7", "Five abductees returned [1].", [new SectionBlock(new TextObject("mrkdwn", "Five abductees returned [1]."))]);

    private static ChatPostMessageRequest Message(string channel) => new(channel, "text", [new SectionBlock(TextObject.Mrkdwn("text"))]);
}
