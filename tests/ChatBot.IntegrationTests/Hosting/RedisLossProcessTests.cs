using ChatBot.IntegrationTests.Slack;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real `chatbot serve` processes sharing one Redis, which is killed while Slack events are arriving at both:
/// every event either process acknowledged is still answered, exactly once (de-duplication falls back to each
/// replica's own store, and each event went to one replica), questions go on being answered and /readyz says
/// "degraded". Each process keeps its own LiteDB file: Redis is what is lost here, PostgreSQL has its own test.
/// </summary>
public sealed class RedisLossProcessTests : IAsyncLifetime
{
    private ServeReplicas replicas = null!;

    [Fact]
    public async Task RedisStoppedMidLoad_AnswersContinue_AndEveryAcknowledgedEventIsAnsweredOnce()
    {
        const int Events = 24;
        using var inFlight = new SemaphoreSlim(4);
        var sent = await Task.WhenAll(Enumerable.Range(0, Events).Select(async n =>
        {
            await inFlight.WaitAsync();
            try
            {
                if (n == Events / 2)
                {
                    await replicas.Redis.StopAsync();
                }

                var ts = $"1700000100.{n:D6}";
                var delivery = SlackForms.Event($"Ev-loss-{n}", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", ts, user: $"U{n}"));
                using var response = await replicas.PostSlackAsync(replicas[n % 2], "/slack/events", delivery, "application/json");
                return (Ts: ts, Acknowledged: response.IsSuccessStatusCode);
            }
            finally
            {
                inFlight.Release();
            }
        }));
        foreach (var (ts, _) in sent)
        {
            await replicas.Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains(ts, StringComparison.Ordinal));
        }

        var afterwards = new[]
        {
            await replicas.AskAsync(replicas[0], "Who is Megumi Yokota?", "U100", "after-a"),
            await replicas.AskAsync(replicas[1], "Who is Megumi Yokota?", "U101", "after-b"),
        };
        var ready = await ServeReplicas.ReadyAsync(replicas[1]);

        Assert.All(sent, s => Assert.True(s.Acknowledged, $"event {s.Ts} was not acknowledged"));
        Assert.All(sent, s => Assert.Single(replicas.Slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains(s.Ts, StringComparison.Ordinal))));
        Assert.All(afterwards, answer => Assert.Contains("Yokota", answer, StringComparison.Ordinal));
        Assert.Equal(("degraded", false), ((string?)ready["status"], (bool?)ready["redis"]?["shared"]));
    }

    public async Task InitializeAsync() =>
        replicas = await ServeReplicas.StartAsync(["--ChatBot:RateLimits:ChannelBurst=1000", "--ChatBot:RateLimits:GlobalBurst=1000"], [], []);

    public async Task DisposeAsync()
    {
        if (replicas is not null)
        {
            await replicas.DisposeAsync();
        }
    }
}
