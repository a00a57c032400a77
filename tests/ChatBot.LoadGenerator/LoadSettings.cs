namespace ChatBot.LoadGenerator;

/// <summary>One bounded run: a fixed number of requests, a fixed concurrency and a hard time cap.</summary>
internal sealed record LoadSettings
{
    public int Requests { get; init; } = 2000;

    public int Concurrency { get; init; } = 8;

    /// <summary>The whole run (start-up excluded) must finish within this, or it fails.</summary>
    public TimeSpan TimeCap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord and Slack both give up on a first response after 3 seconds; a slower one counts as failed.</summary>
    public TimeSpan ResponseDeadline { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The new article is written when this share of the requests has been started.</summary>
    public double ReloadAt { get; init; } = 0.3;

    /// <summary>Requests from this share on wait until the new index is live, so some always run against it.</summary>
    public double AfterReloadFrom { get; init; } = 0.8;

    /// <summary>Share of requests that repeat a small set of questions (cache hits after their first ask).</summary>
    public double RepeatedShare { get; init; } = 0.6;

    /// <summary>The built chatbot.dll; by default the one copied next to this program.</summary>
    public string ChatBotDll { get; init; } = Path.Combine(AppContext.BaseDirectory, "chatbot.dll");

    /// <summary>The corpus to copy; by default the repository's corpus/ found above the working folder.</summary>
    public string? CorpusDirectory { get; init; }

    public int Seed { get; init; } = 20020917;

    /// <summary>
    /// How many `chatbot serve` processes share the load. More than one runs them on one PostgreSQL and one Redis
    /// (given, or started privately on 127.0.0.1), spreads requests round robin and sends every fourth request as a
    /// Slack event delivered to all of them, to count duplicate answers.
    /// </summary>
    public int Replicas { get; init; } = 1;

    /// <summary>An existing PostgreSQL for the replicas (migrated by the run); null starts a private one when needed.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>An existing Redis for the replicas; null starts a private one when needed.</summary>
    public string? RedisConnectionString { get; init; }

    /// <summary>Unmeasured requests before the clock starts (first-call JIT); their answers are still checked.</summary>
    public int WarmUpRequests { get; init; } = 8;

    /// <summary>When set, every request's measurements go to this CSV file (for plotting a run).</summary>
    public string? SamplesFile { get; init; }

    /// <summary>The server's default log level; above Information the log costs nothing measurable.</summary>
    public string ServerLogLevel { get; init; } = "Warning";

    /// <summary>How long to wait, after the last request, for deferred answers still on their way.</summary>
    public TimeSpan FollowUpGrace { get; init; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Requests < 10)
        {
            problems.Add("--requests must be at least 10");
        }

        if (Concurrency is < 1 or > 256)
        {
            problems.Add("--concurrency must be between 1 and 256");
        }

        if (RepeatedShare is < 0 or > 1)
        {
            problems.Add("--repeated-share must be between 0 and 1");
        }

        if (Replicas is < 1 or > 8)
        {
            problems.Add("--replicas must be between 1 and 8");
        }

        if (WarmUpRequests < 0)
        {
            problems.Add("--warmup cannot be negative");
        }

        if (!Enum.TryParse<Microsoft.Extensions.Logging.LogLevel>(ServerLogLevel, ignoreCase: true, out _))
        {
            problems.Add("--log-level must be Trace, Debug, Information, Warning, Error, Critical or None");
        }

        if (TimeCap <= TimeSpan.Zero)
        {
            problems.Add("--time-cap must be positive");
        }

        if (ReloadAt is <= 0 or >= 1 || AfterReloadFrom <= ReloadAt || AfterReloadFrom >= 1)
        {
            problems.Add("the reload must come after the start and before the last requests (0 < reload-at < after-reload-from < 1)");
        }

        if (!File.Exists(ChatBotDll))
        {
            problems.Add($"chatbot.dll not found at {ChatBotDll} (build the solution or pass --chatbot)");
        }

        return problems;
    }
}
