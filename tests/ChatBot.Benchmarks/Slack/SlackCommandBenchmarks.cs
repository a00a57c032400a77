extern alias host;

using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using ChatBot.Core.Commands;
using ChatBot.Benchmarks.Endpoints;
using ChatBot.Slack.Security;
using ChatBot.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatBot.Benchmarks.Slack;

/// <summary>
/// A signed "/ask" through POST /slack/commands, in process: signature check, form parsing, dispatch and a cached
/// answer rendered as Block Kit. One request per iteration, so the P99 column is the per-request p99 (target: under 2 ms).
/// </summary>
[Config(typeof(PerRequestPercentiles))]
[MemoryDiagnoser]
public class SlackCommandBenchmarks
{
    private static readonly Reply Answer = new()
    {
        Kind = ReplyKind.Answer,
        Title = "When did North Korea admit the abductions?",
        Body = "North Korea admitted the abductions at the summit on September 17, 2002 [1].",
        Sources = [new ReplySource(1, "The abduction issue", "Government of Japan", "2023-05-03", "https://example.org/a", "Quote.", "a", "p")],
        ButtonRows = [[new ReplyButton("quotes:k", "Show quotes"), new ReplyButton("tl:k", "Timeline for this")]],
    };

    private const string Secret = "benchmark-signing-secret";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("chatbot-bench-slack-").FullName;
    private WebApplicationFactory<host::Program> factory = null!;
    private HttpClient client = null!;
    private byte[] body = [];
    private string timestamp = "";
    private string signature = "";
    private long triggers;

    /// <summary>Command layer replaced by a constant reply: the adapter's own share of the time.</summary>
    [Params(false, true)]
    public bool AdapterOnly { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        factory = EndpointBenchmarkHost.Create(dataDirectory, AdapterOnly ? new FakeCommandDispatcher { Records = false, OnCommand = (_, _) => Task.FromResult(Answer), OnComponent = (_, _) => Task.FromResult(Answer) } : null, new Dictionary<string, string>
        {
            ["ChatBot:Slack:SigningSecret"] = Secret,
            ["ChatBot:Slack:BotToken"] = "xoxb-benchmark",
        });
        client = factory.CreateClient();
        Sign();
        (await AskAsync()).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Signs the next command, untimed: each has a trigger_id of its own (the adapter refuses a replayed one) and a
    /// current timestamp (a run outlasts Slack's five-minute window for one signature).
    /// </summary>
    [IterationSetup]
    public void Sign()
    {
        body = Encoding.UTF8.GetBytes($"team_id=T1&channel_id=C1&user_id=U1&user_name=bench&command=%2Fask&text=When+did+North+Korea+admit+the+abductions%3F&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2Fx&trigger_id=t.{++triggers}");
        timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        signature = SlackSignatureVerifier.Sign(Secret, timestamp, body);
    }

    [Benchmark]
    public async Task<int> SignedAskWithCachedAnswer()
    {
        using var response = await AskAsync();
        return (int)response.EnsureSuccessStatusCode().StatusCode;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private Task<HttpResponseMessage> AskAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return client.SendAsync(request);
    }
}
