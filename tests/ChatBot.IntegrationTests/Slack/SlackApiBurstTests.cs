using ChatBot.Slack;
using ChatBot.Slack.BlockKit;
using ChatBot.Slack.WebApi;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// Bursts of 429s and 5xx from the Slack Web API before success: each Retry-After is waited on the (fake) clock in
/// turn and the message is delivered exactly once.
/// </summary>
public sealed class SlackApiBurstTests : IAsyncLifetime
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
        // A failed test can leave a retry waiting on the fake clock; let it run out so disposing does not wait for it.
        time.Fake.Advance(TimeSpan.FromMinutes(5));
        await services.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task RateLimitBurst_WaitsEachRetryAfterInTurn_ThenPostsOnce()
    {
        int[] waits = [3, 7, 11];
        foreach (var seconds in waits)
        {
            slack.Script("chat.postMessage", 429, retryAfter: seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), body: """{"ok":false,"error":"ratelimited"}""");
        }

        var delay = time.NextTimerAsync(d => d == TimeSpan.FromSeconds(waits[0]));
        var posting = Client.PostMessageAsync(Message());
        for (var i = 0; i < waits.Length; i++)
        {
            Assert.Equal(TimeSpan.FromSeconds(waits[i]), await delay);
            Assert.Equal(i + 1, Posts());
            var next = i + 1 < waits.Length ? TimeSpan.FromSeconds(waits[i + 1]) : TimeSpan.Zero;
            delay = next > TimeSpan.Zero ? time.NextTimerAsync(d => d == next) : delay;
            time.Fake.Advance(TimeSpan.FromSeconds(waits[i]));
        }

        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(waits.Length + 1, Posts());
    }

    [Fact]
    public async Task ServerErrorBurst_ThenSuccess_DeliversTheMessageExactlyOnce()
    {
        foreach (var status in new[] { 500, 502, 503 })
        {
            slack.Script("chat.postMessage", status);
        }

        var backoff = NextBackoff();
        var posting = Client.PostMessageAsync(Message());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var wait = await backoff;
            Assert.Equal(attempt, Posts());
            backoff = attempt < 3 ? NextBackoff() : backoff;
            time.Fake.Advance(wait);
        }

        Assert.True((await posting.WaitAsync(FakeSlackServer.Patience)).Ok);
        Assert.Equal(4, Posts());
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage")).Select(c => c.Body).Distinct());
    }

    private Task<TimeSpan> NextBackoff() => time.NextTimerAsync(d => d > TimeSpan.Zero && d != AttemptTimeout && d != TotalTimeout);

    private int Posts() => slack.Calls(c => c.IsApi("chat.postMessage")).Count;

    private static ChatPostMessageRequest Message() =>
        new("C7", "Five abductees returned [1].", [new SectionBlock(new TextObject("mrkdwn", "Five abductees returned [1]."))]);
}
