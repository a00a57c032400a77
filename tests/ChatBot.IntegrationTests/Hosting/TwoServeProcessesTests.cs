using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Slack;
using ChatBot.UnitTests.Storage.Contracts;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Two real `chatbot serve` processes (each its own data folder) sharing one private PostgreSQL database and one
/// private redis-server, as docker-compose.yml runs them: both report the shared stores ready on the same corpus, a
/// user's rate limit holds across the two, and a Slack event delivered to both is answered once. The processes run on
/// the system clock, so requests are signed with it (as Slack would sign them), under a secret made for this run.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class TwoServeProcessesTests(PostgresFixture postgres) : IAsyncLifetime
{
    private readonly SlackTestSigner signer = new();
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-replicas-").FullName;
    private RedisServer redis = null!;
    private FakeSlackServer slack = null!;
    private ServeProcess first = null!;
    private ServeProcess second = null!;

    [Fact]
    public async Task TwoProcesses_ShareStoresLimitsAndDeduplication()
    {
        var readyA = await ReadyAsync(first);
        var readyB = await ReadyAsync(second);
        foreach (var ready in new[] { readyA, readyB })
        {
            Assert.Equal("ready", (string?)ready["status"]);
            Assert.Equal("open", (string?)ready["postgres"]?["state"]);
            Assert.Equal(true, (bool?)ready["redis"]?["shared"]);
        }

        Assert.Equal((string?)readyA["fingerprint"], (string?)readyB["fingerprint"]);

        // UserBurst 2 across both processes: one question on each, then the third (on either) is refused.
        Assert.DoesNotContain("Please wait", await AskAsync(first, "U7", "two-1"), StringComparison.Ordinal);
        Assert.DoesNotContain("Please wait", await AskAsync(second, "U7", "two-2"), StringComparison.Ordinal);
        Assert.Contains("Please wait", await AskAsync(first, "U7", "two-3"), StringComparison.Ordinal);

        // The same event to both: the replica that marks it first answers; the other acknowledges and drops it. The
        // second delivery goes out only after the first replica has posted, so both have decided by the time the
        // follow-up event (to the second replica, after the duplicate) is answered.
        var duplicate = SlackForms.Event("Ev-two-processes", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000901"));
        Assert.True((await PostSignedAsync(first, "/slack/events", duplicate, "application/json")).IsSuccessStatusCode);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000901", StringComparison.Ordinal));
        Assert.True((await PostSignedAsync(second, "/slack/events", duplicate, "application/json")).IsSuccessStatusCode);
        var marker = SlackForms.Event("Ev-two-processes-marker", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000902"));
        Assert.True((await PostSignedAsync(second, "/slack/events", marker, "application/json")).IsSuccessStatusCode);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000902", StringComparison.Ordinal));

        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000901", StringComparison.Ordinal)));
    }

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartNewAsync();
        slack = await FakeSlackServer.StartAsync();
        var database = postgres.Server.ConnectionString(await postgres.CreateDatabaseAsync());
        string[] shared =
        [
            "--ChatBot:Storage:Provider=Postgres", $"--ConnectionStrings:Postgres={database}",
            $"--ConnectionStrings:Redis={redis.ConnectionString}", "--ChatBot:Redis:KeyPrefix=two-processes:",
            $"--ChatBot:Slack:SigningSecret={signer.Secret}", "--ChatBot:Slack:BotToken=xoxb-two-processes",
            $"--ChatBot:Slack:ApiBaseUrl={slack.ApiBaseUrl}",
            "--ChatBot:RateLimits:UserBurst=2", "--ChatBot:RateLimits:UserPerMinute=1",
        ];
        var starting = new[] { "a", "b" }.Select(name =>
        {
            var data = Directory.CreateDirectory(Path.Combine(folder, name)).FullName;
            return ServeProcess.StartAsync(data, Path.Combine(data, "chatbot.db"), shared);
        }).ToArray();
        var started = await Task.WhenAll(starting);
        (first, second) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        if (first is not null)
        {
            await first.DisposeAsync();
        }

        if (second is not null)
        {
            await second.DisposeAsync();
        }

        await slack.DisposeAsync();
        await redis.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<JsonNode> ReadyAsync(ServeProcess replica)
    {
        using var client = new HttpClient { BaseAddress = new Uri(replica.Url) };
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)))!;
    }

    /// <summary>The text the asker sees for /ask (inline, or through the response_url when the answer was deferred).</summary>
    private async Task<string> AskAsync(ServeProcess replica, string user, string hook)
    {
        using var response = await PostSignedAsync(replica, "/slack/commands", SlackForms.Command("/ask", "Who is Megumi Yokota?", slack.ResponseUrl(hook), user: user));
        var text = await response.Content.ReadAsStringAsync();
        return text.Contains("Looking that up", StringComparison.Ordinal) ? (await slack.WaitForAsync(c => c.Path == "/hooks/" + hook)).Body : text;
    }

    private async Task<HttpResponseMessage> PostSignedAsync(ServeProcess replica, string path, string body, string contentType = "application/x-www-form-urlencoded")
    {
        using var client = new HttpClient { BaseAddress = new Uri(replica.Url) };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signer.Sign(timestamp, bytes));
        return await client.SendAsync(request);
    }
}
