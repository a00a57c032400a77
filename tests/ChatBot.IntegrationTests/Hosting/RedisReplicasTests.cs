using System.Net;
using System.Text.Json.Nodes;
using ChatBot.IntegrationTests.Slack;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real hosts ("replicas", each with its own LiteDB file) sharing one private redis-server: a Slack event delivered
/// to both is answered once, a user's rate limit holds across them, and /readyz reports Redis. Then Redis stops: both
/// still answer, and /readyz says "degraded" (200), not down.
/// </summary>
public sealed class RedisReplicasTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private FakeSlackServer slack = null!;
    private SlackTestFactory first = null!;
    private SlackTestFactory second = null!;

    [Fact]
    public async Task TwoReplicas_ShareDeduplicationAndLimits_AndKeepAnsweringWithoutRedis()
    {
        var readyA = await ReadyAsync(first);
        Assert.Equal(("ready", "connected", true), ((string?)readyA["status"], (string?)readyA["redis"]?["state"], (bool?)readyA["redis"]?["shared"]));

        var delivery = SlackForms.Event("Ev-shared-1", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000800"));
        Assert.Equal(HttpStatusCode.OK, (await first.PostSignedAsync("/slack/events", delivery, "application/json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostSignedAsync("/slack/events", delivery, "application/json")).StatusCode);
        await first.Work.WhenIdleAsync();
        await second.Work.WhenIdleAsync();
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000800", StringComparison.Ordinal)));

        // UserBurst is 2 and the mention above took one: one more question, on either replica, then a refusal.
        Assert.DoesNotContain("Please wait", await AskAsync(first, "U1", "hook-1"), StringComparison.Ordinal);
        Assert.Contains("Please wait", await AskAsync(second, "U1", "hook-2"), StringComparison.Ordinal);

        await redis.StopAsync();

        var answered = await AskAsync(second, "U2", "hook-3");
        Assert.Contains("Yokota", answered, StringComparison.Ordinal);
        var readyB = await first.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await readyB.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, readyB.StatusCode);
        Assert.Equal(("degraded", "unreachable", false), ((string?)body["status"], (string?)body["redis"]?["state"], (bool?)body["redis"]?["shared"]));
    }

    private static async Task<JsonNode> ReadyAsync(SlackTestFactory host) =>
        JsonNode.Parse(await host.CreateClient().GetStringAsync(new Uri("/readyz", UriKind.Relative)))!;

    /// <summary>The text the asker sees for /ask (inline, or through the response_url when the answer was deferred).</summary>
    private async Task<string> AskAsync(SlackTestFactory host, string user, string hook)
    {
        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who is Megumi Yokota?", slack.ResponseUrl(hook), user: user));
        var text = await response.Content.ReadAsStringAsync();
        return text.Contains("Looking that up", StringComparison.Ordinal) ? (await slack.WaitForAsync(c => c.Path == "/hooks/" + hook)).Body : text;
    }

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        slack = await FakeSlackServer.StartAsync();
        first = Replica();
        second = Replica();
        _ = first.Server;
        _ = second.Server;
    }

    private SlackTestFactory Replica()
    {
        var host = new SlackTestFactory(slack);
        host.Settings["ConnectionStrings:Redis"] = redis.ConnectionString;
        host.Settings["ChatBot:Redis:KeyPrefix"] = "replicas-test:";
        host.Settings["ChatBot:RateLimits:UserBurst"] = "2";
        host.Settings["ChatBot:RateLimits:UserPerMinute"] = "1";
        return host;
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await slack.DisposeAsync();
        await redis.DisposeAsync();
    }
}
