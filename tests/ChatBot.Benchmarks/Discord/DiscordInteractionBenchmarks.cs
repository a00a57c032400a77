using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

using ChatBot.Core.Commands;
using ChatBot.Discord;
using ChatBot.Evaluation;
using ChatBot.Host.Composition;
using ChatBot.Storage.LiteDb;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using NSec.Cryptography;

namespace ChatBot.Benchmarks.Discord;

/// <summary>
/// A signed <c>/ask</c> whose answer is cached, end to end through <c>POST /discord/interactions</c> in-process:
/// body read, Ed25519 check, parse, replay guard, dispatch, render, JSON. One request per iteration, so the
/// percentiles are per-request latencies.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DiscordInteractionBenchmarks
{
    private const int Requests = 12_000;
    private const string Question = "When did the five abductees return to Japan?";
    private readonly List<(string Body, string Signature, string Timestamp)> signed = [];
    private WebApplication app = null!;
    private HttpClient client = null!;
    private string dataDirectory = "";
    private int next;

    /// <summary>False: the real command layer with its answer cache. True: a canned reply, so only the adapter is measured.</summary>
    [Params(false, true)]
    public bool AdapterOnly { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        dataDirectory = Directory.CreateTempSubdirectory("chatbot-bench-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Corpus:Directory"] = EvaluationSet.CorpusDirectory,
            ["ChatBot:Corpus:SnapshotDirectory"] = Path.Combine(dataDirectory, "index"),
            ["ChatBot:Corpus:WatchForChanges"] = "false",
            ["ChatBot:Storage:DatabasePath"] = Path.Combine(dataDirectory, "chatbot.db"),
            ["ChatBot:Discord:ApplicationId"] = "100000000000000001",
            ["ChatBot:Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["ChatBot:Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
            ["ChatBot:Discord:SignatureMaxAge"] = "01:00:00",
        });
        builder.Services.AddChatBotCore();
        builder.Services.AddLiteDbStorage();
        if (AdapterOnly)
        {
            builder.Services.AddSingleton<ICommandDispatcher>(new CannedDispatcher());
        }

        builder.Services.AddDiscordAdapter(builder.Configuration);
        app = builder.Build();
        app.MapDiscordEndpoints();
        await app.StartAsync();
        client = app.GetTestClient();

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
            throw new InvalidOperationException($"the cached answer was not inline (type {type})");
        }
    }

    [Benchmark]
    public Task<string> SignedCachedAsk() => PostAsync();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
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

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process: no generated project to build (which times out on a shared two-core machine).
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Throughput).WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(200).WithIterationCount(2000).WithLaunchCount(1)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)); // a p99 without its slowest requests would flatter
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column(), StatisticColumn.Max);
        }
    }
}
