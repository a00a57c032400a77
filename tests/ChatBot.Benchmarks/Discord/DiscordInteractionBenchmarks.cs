extern alias host;

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;

using ChatBot.Core.Commands;
using ChatBot.Benchmarks.Endpoints;

using Microsoft.AspNetCore.Mvc.Testing;

using NSec.Cryptography;

namespace ChatBot.Benchmarks.Discord;

/// <summary>
/// A signed <c>/ask</c> whose answer is cached, end to end through <c>POST /discord/interactions</c> in process:
/// body read, Ed25519 check, parse, replay guard, dispatch, render, JSON. One request per iteration, so the P99
/// column is the per-request p99 (target: under 2 ms). Every request has its own interaction id (the endpoint
/// refuses replays), so they are signed up front.
/// </summary>
[Config(typeof(PerRequestPercentiles))]
[MemoryDiagnoser]
public class DiscordInteractionBenchmarks
{
    private const int Requests = 12_000;
    private const string Question = "When did the five abductees return to Japan?";
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("chatbot-bench-discord-").FullName;
    private readonly List<(string Body, string Signature, string Timestamp)> signed = [];
    private WebApplicationFactory<host::Program> factory = null!;
    private HttpClient client = null!;
    private int next;

    /// <summary>Command layer replaced by a constant reply: the adapter's own share of the time.</summary>
    [Params(false, true)]
    public bool AdapterOnly { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        factory = EndpointBenchmarkHost.Create(dataDirectory, AdapterOnly ? CannedReply.Dispatcher() : null, new Dictionary<string, string>
        {
            ["ChatBot:Discord:ApplicationId"] = "100000000000000001",
            ["ChatBot:Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["ChatBot:Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["ChatBot:Discord:SignatureMaxAge"] = "01:00:00",
        });
        client = factory.CreateClient();
        for (var i = 0; i < Requests; i++)
        {
            signed.Add(Sign(key, i));
        }

        // Fill the answer cache; the measured requests must all be answered inline from it.
        for (var i = 0; i < 3; i++)
        {
            await PostAsync();
        }

        var type = (int)JsonNode.Parse(await PostAsync())!["type"]!;
        if (type != 4)
        {
            throw new InvalidOperationException($"the cached answer was not answered inline (type {type})");
        }
    }

    [Benchmark]
    public Task<string> SignedAskWithCachedAnswer() => PostAsync();

    [GlobalCleanup]
    public async Task Cleanup()
    {
        client.Dispose();
        await factory.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<string> PostAsync()
    {
        var (body, signature, timestamp) = signed[next++];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", signature);
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static (string, string, string) Sign(Key key, int n)
    {
        var id = (200000000000000000 + n).ToString(CultureInfo.InvariantCulture);
        var body = $$$"""{"id":"{{{id}}}","application_id":"100000000000000001","type":2,"token":"token-{{{id}}}","version":1,"guild_id":"300000000000000001","channel_id":"400000000000000001","member":{"user":{"id":"600000000000000001","username":"researcher"},"roles":[],"permissions":"2048"},"data":{"id":"700000000000000001","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"{{{Question}}}"}]}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
        return (body, signature, timestamp);
    }
}
