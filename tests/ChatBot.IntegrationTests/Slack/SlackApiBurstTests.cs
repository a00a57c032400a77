using ChatBot.Slack;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.WebApi;


namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Bursts of 429s and 5xx from the Slack Web API before success: each Retry-After is waited on the (fake) clock in
/// turn and the message is delivered exactly once.
/// </summary>
public sealed class SlackApiBurstTests : IAsyncLifetime
{
    private SlackApiHarness harness = null!;

    private ObservedTimeProvider Time => harness.Time;

    private FakeSlackServer Slack => harness.Slack;

    private SlackApiClient Client => harness.Client;

    public async Task InitializeAsync() => harness = await SlackApiHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task RateLimitBurst_WaitsEachRetryAfterInTurn_ThenPostsOnce()
    {
        int[] waits = [3, 7, 11];
        foreach (var seconds in waits)
        {
            Slack.Script("chat.postMessage", 429, retryAfter: seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body: """{"ok":false,"error":"ratelimited"}""");
        }

        var delay = Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(waits[0]));
        var posting = Client.PostMessageAsync(Message());
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

        var backoff = NextBackoff();
        var posting = Client.PostMessageAsync(Message());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wait = await backoff;
            Assert.Equal(attempt, Posts());
            backoff = attempt < 3 ? NextBackoff() : backoff;
            Time.Fake.Advance(wait);
        }

        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(4, Posts());
        Assert.Single(Slack.Calls(c => c.IsApi("chat.postMessage")).Select(c => c.Body).Distinct());
    }

    private Task<TimeSpan> NextBackoff() => harness.NextBackoffAsync();

    private int Posts() => Slack.Calls(c => c.IsApi("chat.postMessage")).Count;

    private static ChatPostMessageRequest Message() =>
        new("C7", "Five abductees returned [1].", [new SectionBlock(new TextObject("mrkdwn", "Five abductees returned [1]."))]);
}
