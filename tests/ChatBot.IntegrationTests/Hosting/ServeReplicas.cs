using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

using ChatBot.Evaluation;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Hosting;

/// <summary>
/// Real `chatbot serve` processes (each its own data folder) as docker-compose.yml runs them: one private redis-server
/// started here, whatever store settings the test passes, Slack (HTTP mode) and Discord (HTTP interactions) pointed at
/// loopback stand-ins, and requests signed under keys made for this run with the system clock, as the platforms sign
/// them. They serve a private copy of the bundled corpus, so a test may add an article to it.
/// </summary>
internal sealed class ServeReplicas : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-replicas-").FullName;
    private readonly List<ServeProcess> processes = [];

    private ServeReplicas(RedisServer redis, FakeSlackServer slack, FakeDiscordApi discord)
    {
        Redis = redis;
        Slack = slack;
        DiscordApi = discord;
        Corpus = Path.Combine(folder, "corpus");
    }

    public RedisServer Redis { get; }

    public FakeSlackServer Slack { get; }

    public FakeDiscordApi DiscordApi { get; }

    public TestSigningKey DiscordKey { get; } = new();

    public SlackTestSigner SlackSigner { get; } = new();

    /// <summary>The corpus folder every process serves (and the watching ones watch).</summary>
    public string Corpus { get; }

    public ServeProcess this[int index] => processes[index];

    /// <param name="shared">Settings for every process (<c>--Key=Value</c>).</param>
    /// <param name="each">One entry per process to start: settings for that process alone.</param>
    public static async Task<ServeReplicas> StartAsync(IReadOnlyList<string> shared, params string[][] each)
    {
        var replicas = new ServeReplicas(await RedisServer.StartNewAsync(), await FakeSlackServer.StartAsync(), await FakeDiscordApi.StartAsync());
        try
        {
            replicas.CopyCorpus();
            string[] common =
            [
                $"--ChatBot:Corpus:Directory={replicas.Corpus}",
                $"--ConnectionStrings:Redis={replicas.Redis.ConnectionString}", "--ChatBot:Redis:KeyPrefix=replicas:",
                $"--ChatBot:Slack:SigningSecret={replicas.SlackSigner.Secret}", "--ChatBot:Slack:BotToken=xoxb-replicas",
                $"--ChatBot:Slack:ApiBaseUrl={replicas.Slack.ApiBaseUrl}",
                $"--ChatBot:Discord:ApplicationId={Payloads.ApplicationId}", $"--ChatBot:Discord:PublicKey={replicas.DiscordKey.PublicKeyHex}",
                $"--ChatBot:Discord:ApiBaseUrl={replicas.DiscordApi.BaseUrl}",
                .. shared,
            ];
            var started = await Task.WhenAll(each.Select((own, n) =>
            {
                var data = Directory.CreateDirectory(Path.Combine(replicas.folder, $"replica-{n}")).FullName;
                return ServeProcess.StartAsync(data, Path.Combine(data, "chatbot.db"), [.. common, .. own]);
            }));
            replicas.processes.AddRange(started);
            return replicas;
        }
        catch
        {
            await replicas.DisposeAsync();
            throw;
        }
    }

    public static async Task<JsonNode> ReadyAsync(ServeProcess replica)
    {
        using var client = new HttpClient { BaseAddress = new Uri(replica.Url) };
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative)))!;
    }

    /// <summary>The text the asker sees for a Slack /ask (inline, or through the response_url when the answer was deferred).</summary>
    public async Task<string> AskAsync(ServeProcess replica, string question, string user, string hook)
    {
        using var response = await PostSlackAsync(replica, "/slack/commands", SlackForms.Command("/ask", question, Slack.ResponseUrl(hook), user: user));
        var text = await response.Content.ReadAsStringAsync();
        return text.Contains("Looking that up", StringComparison.Ordinal) ? (await Slack.WaitForAsync(c => c.Path == "/hooks/" + hook)).Body : text;
    }

    public async Task<HttpResponseMessage> PostSlackAsync(ServeProcess replica, string path, string body, string contentType = "application/x-www-form-urlencoded")
    {
        using var client = new HttpClient { BaseAddress = new Uri(replica.Url) };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSigner.Sign(timestamp, bytes));
        return await client.SendAsync(request);
    }

    /// <summary>The message a Discord user ends up seeing for a signed interaction: inline, or the edit after a deferral.</summary>
    public async Task<JsonObject> DiscordAsync(ServeProcess replica, JsonObject interaction)
    {
        using var client = new HttpClient { BaseAddress = new Uri(replica.Url) };
        using var response = await DiscordHost.PostAsync(client, DiscordKey, interaction, TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if ((int)body["type"]! is 5 or 6)
        {
            var token = (string)interaction["token"]!;
            var delivered = await DiscordApi.NextAsync(r => r.Path.Contains(token, StringComparison.Ordinal));
            return JsonNode.Parse(delivered.Body)!.AsObject();
        }

        return body["data"]!.AsObject();
    }

    /// <summary>Writes an article in one step (a temporary name, then a rename), so a watcher never sees half a file.</summary>
    public void AddArticle(string name, string text)
    {
        var temporary = Path.Combine(folder, name + ".tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path.Combine(Corpus, "articles", name));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        await Slack.DisposeAsync();
        await DiscordApi.DisposeAsync();
        await Redis.DisposeAsync();
        DiscordKey.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private void CopyCorpus()
    {
        foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Corpus, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
