using System.CommandLine;

using ChatBot.LoadGenerator.Measuring;

namespace ChatBot.LoadGenerator;

/// <summary>
/// Bounded load test of `chatbot serve` (the issue's "Load" requirement). From the repository root:
///
///   dotnet run -c Release --project tests/ChatBot.LoadGenerator -- --requests 2000 --concurrency 8 --time-cap 60
///
/// With --replicas 2 it runs two serve processes on one PostgreSQL and one Redis instead (see <see cref="LoadSettings.Replicas"/>).
///
/// It copies corpus/ to a temporary folder, makes an Ed25519 key pair and a Slack signing secret, starts loopback
/// stand-ins for the Discord API and Slack (response_url, Web API), runs the chatbot.dll built next to it as a
/// child process on a free 127.0.0.1 port (configured only by environment variables), and sends the fixed number
/// of signed Discord /ask interactions and Slack /ask slash commands (repeated, unique and off-topic questions).
/// A third of the way in it adds an article to the corpus, so the hot reload swaps the index under load. It prints
/// throughput and p50/p95/p99 latency per platform (--json for machines) and exits 1 on any failed request, a hit
/// time cap, or a reload that was not observed; 2 on bad options.
/// </summary>
/// <remarks>A named entry point, not top-level statements: the host's public global Program stays unambiguous.</remarks>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var requests = new Option<int>("--requests") { Description = "Requests to send (half Discord, half Slack)", DefaultValueFactory = _ => 2000 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once", DefaultValueFactory = _ => 8 };
        var timeCap = new Option<int>("--time-cap") { Description = "Seconds the load may take (start-up not included)", DefaultValueFactory = _ => 60 };
        var repeated = new Option<double>("--repeated-share") { Description = "Share of requests repeating a few questions (cache hits)", DefaultValueFactory = _ => 0.6 };
        var chatbot = new Option<string?>("--chatbot") { Description = "The built chatbot.dll (default: next to this program)" };
        var corpus = new Option<string?>("--corpus") { Description = "Corpus folder to copy (default: corpus/ of the repository)" };
        var seed = new Option<int>("--seed") { Description = "Question choice seed", DefaultValueFactory = _ => 20020917 };
        var warmUp = new Option<int>("--warmup") { Description = "Unmeasured requests before the clock starts", DefaultValueFactory = _ => 8 };
        var logLevel = new Option<string>("--log-level") { Description = "The server's default log level (Warning keeps the log out of the numbers)", DefaultValueFactory = _ => "Warning" };
        var samples = new Option<string?>("--samples") { Description = "Write every request's measurements to this CSV file" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var replicas = new Option<int>("--replicas") { Description = "serve processes sharing one PostgreSQL and one Redis; requests round robin, Slack events to all", DefaultValueFactory = _ => 1 };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string for the replicas (default: a private server on 127.0.0.1)" };
        var redis = new Option<string?>("--redis") { Description = "Redis connection string for the replicas (default: a private redis-server on 127.0.0.1)" };

        var root = new RootCommand("Bounded load test of `chatbot serve` with signed Discord and Slack requests and a corpus hot reload mid-run.")
        {
            requests, concurrency, timeCap, repeated, chatbot, corpus, seed, warmUp, logLevel, samples, json, replicas, postgres, redis,
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await Console.Error.WriteLineAsync($"error: {parsed.Errors[0].Message}");
            return 2;
        }

        if (parsed.Action is not null && parsed.CommandResult.Command == root && args.Any(a => a is "--help" or "-h" or "-?" or "--version"))
        {
            return await parsed.InvokeAsync();
        }

        var defaults = new LoadSettings();
        var settings = defaults with
        {
            Requests = parsed.GetValue(requests),
            Concurrency = parsed.GetValue(concurrency),
            TimeCap = TimeSpan.FromSeconds(parsed.GetValue(timeCap)),
            RepeatedShare = parsed.GetValue(repeated),
            ChatBotDll = parsed.GetValue(chatbot) is { } dll ? Path.GetFullPath(dll) : defaults.ChatBotDll,
            CorpusDirectory = parsed.GetValue(corpus),
            Seed = parsed.GetValue(seed),
            WarmUpRequests = parsed.GetValue(warmUp),
            ServerLogLevel = parsed.GetValue(logLevel)!,
            SamplesFile = parsed.GetValue(samples) is { } csv ? Path.GetFullPath(csv) : null,
            Replicas = parsed.GetValue(replicas),
            PostgresConnectionString = parsed.GetValue(postgres),
            RedisConnectionString = parsed.GetValue(redis),
        };
        if (settings.Validate() is [_, ..] problems)
        {
            await Console.Error.WriteLineAsync($"error: {string.Join("; ", problems)}");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        var asJson = parsed.GetValue(json);
        LoadReport report;
        try
        {
            report = await LoadRun.ExecuteAsync(settings, asJson ? null : Console.Out, stop.Token);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or IOException or OperationCanceledException or HttpRequestException)
        {
            // The server would not start, the corpus is missing, or the run was interrupted: no report to print.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }

        Console.Write(asJson ? ReportText.Json(report) + "\n" : ReportText.Summary(report));
        return report.Passed ? 0 : 1;
    }
}
