using System.Diagnostics;

using ChatBot.LoadGenerator.Measuring;
using ChatBot.LoadGenerator.Server;
using ChatBot.LoadGenerator.StandIn;
using ChatBot.Testing;

namespace ChatBot.LoadGenerator;

/// <summary>
/// One bounded run end to end: temporary corpus and database, loopback stand-ins, `chatbot serve` as a child
/// process, the load with a reload in the middle, then the checks. Everything it started is stopped and deleted.
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan StartupPatience = TimeSpan.FromSeconds(90);

    public static async Task<LoadReport> ExecuteAsync(LoadSettings settings, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(settings));
        }

        var work = Directory.CreateTempSubdirectory("chatbot-load-");
        try
        {
            var corpus = RunCorpus.CopyFrom(RunCorpus.Locate(settings.CorpusDirectory), Path.Combine(work.FullName, "corpus"));
            using var discord = new TestSigningKey();
            var slack = new SlackTestSigner();
            await using var standIn = await PlatformStandIn.StartAsync(cancellationToken);
            await using var stores = await SharedStores.StartAsync(settings, cancellationToken);
            var servers = new List<ChatBotProcess>();
            var clients = new List<HttpClient>();
            try
            {
                return await RunAsync(settings, progress, corpus, discord, slack, standIn, stores, servers, clients, cancellationToken);
            }
            finally
            {
                foreach (var client in clients)
                {
                    client.Dispose();
                }

                foreach (var server in servers)
                {
                    await server.DisposeAsync();
                }
            }
        }
        finally
        {
            TryDelete(work);
        }
    }

    /// <summary>Starts the replicas (into <paramref name="servers"/>, so the caller stops them whatever happens), runs the load and checks it.</summary>
    private static async Task<LoadReport> RunAsync(LoadSettings settings, TextWriter? progress, RunCorpus corpus, TestSigningKey discord, SlackTestSigner slack, PlatformStandIn standIn, SharedStores stores, List<ChatBotProcess> servers, List<HttpClient> clients, CancellationToken cancellationToken)
    {
        var work = Path.GetDirectoryName(corpus.Directory)!;
        for (var n = 0; n < settings.Replicas; n++)
        {
            var folder = settings.Replicas == 1 ? work : Directory.CreateDirectory(Path.Combine(work, $"replica-{n}")).FullName;
            var environment = ServerEnvironment.For(folder, corpus.Directory, discord.PublicKeyHex, standIn.DiscordApiBaseUrl, slack.Secret, standIn.SlackApiBaseUrl, settings.ServerLogLevel);
            foreach (var (key, value) in stores.Environment)
            {
                environment[key] = value;
            }

            servers.Add(ChatBotProcess.Start(settings.ChatBotDll, folder, environment));
            clients.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency + 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = servers[n].BaseUrl,
                Timeout = Timeout.InfiniteTimeSpan,
            });
            progress?.WriteLine($"chatbot serve (pid {servers[n].ProcessId}) on {servers[n].BaseUrl}");
        }

        progress?.WriteLine($"stand-ins on {standIn.BaseUrl}; stores: {stores.Description}");
        var clock = new Stopwatch();
        var monitor = new ReadinessMonitor(clients[0], clock);
        var ready = await monitor.WaitUntilReadyAsync(servers[0], StartupPatience, cancellationToken);
        for (var n = 1; n < servers.Count; n++)
        {
            await new ReadinessMonitor(clients[n], clock).WaitUntilReadyAsync(servers[n], StartupPatience, cancellationToken);
        }

        progress?.WriteLine($"ready: {ready.Articles} articles, fingerprint {ready.Fingerprint}; sending {settings.Requests} requests to {servers.Count} replica(s), concurrency {settings.Concurrency}, cap {settings.TimeCap.TotalSeconds:F0} s");

        var requests = new SignedRequests(discord, slack, standIn);
        var workers = new LoadWorkers(settings, clients, requests, new QuestionMix(settings.RepeatedShare, settings.Seed), monitor, corpus, clock);
        var warmUpFailures = await workers.WarmUpAsync(settings.WarmUpRequests, cancellationToken);
        var before = await ServerCounters.ReadAllAsync(clients, cancellationToken);

        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var linesBefore = servers.Sum(s => s.LinesWritten);
        clock.Restart();
        var watch = monitor.WatchAsync(watching.Token);
        using var cap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cap.CancelAfter(settings.TimeCap);
        await workers.RunAsync(cap.Token);
        var elapsed = clock.Elapsed.TotalSeconds;
        var serverLines = servers.Sum(s => s.LinesWritten) - linesBefore;
        var timeCapHit = cap.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
        progress?.WriteLine($"load done in {elapsed:F2} s; checking deferred answers and the reload");

        var samples = await CheckFollowUpsAsync(workers.Samples, standIn, settings.FollowUpGrace, cancellationToken);
        var probes = new List<bool>();
        foreach (var client in clients)
        {
            probes.Add(await ProbeNewArticleAsync(client, requests, standIn, monitor, cancellationToken));
        }

        var after = await ServerCounters.ReadAllAsync(clients, cancellationToken);
        await watching.CancelAsync();
        await IgnoreCancellationAsync(watch);

        if (settings.SamplesFile is { } file)
        {
            await SampleFile.WriteAsync(file, samples, monitor.SwapSeenAtMs, cancellationToken);
        }

        var reload = Reload(monitor, samples, workers.ArticleWrittenAtMs, servers.Sum(s => s.ReloadsLogged), probes.All(p => p));
        var events = EventDeliveries.Count(samples, standIn, servers.Count);
        return LoadReport.From(settings, samples, warmUpFailures, elapsed, timeCapHit, samples.Count(s => s.FollowUpKey is not null && standIn.TryGetFollowUp(s.FollowUpKey, out _)), after.Minus(before), reload, [.. servers.SelectMany(s => s.RecentOutput)])
            with { ServerLogLines = serverLines, Events = events };
    }

    /// <summary>Every deferred request must get its answer at the stand-in, and that answer must be a real one.</summary>
    private static async Task<IReadOnlyList<Sample>> CheckFollowUpsAsync(IReadOnlyList<Sample> samples, PlatformStandIn standIn, TimeSpan grace, CancellationToken cancellationToken)
    {
        var waiting = Stopwatch.StartNew();
        while (samples.Any(s => s.FollowUpKey is not null && !standIn.TryGetFollowUp(s.FollowUpKey, out _)) && waiting.Elapsed < grace)
        {
            await Task.Delay(50, cancellationToken);
        }

        return [.. samples.Select(s => s.FollowUpKey is null || s.Failed ? s
            : standIn.TryGetFollowUp(s.FollowUpKey, out var body) ? s with { Failure = ResponseCheck.CheckFollowUp(body) }
            : s with { Failure = "deferred answer never arrived" })];
    }

    /// <summary>After the swap, a question only the new article can answer must be answered from it.</summary>
    private static async Task<bool> ProbeNewArticleAsync(HttpClient client, SignedRequests requests, PlatformStandIn standIn, ReadinessMonitor monitor, CancellationToken cancellationToken)
    {
        if (!monitor.Swapped.IsCompleted)
        {
            return false;
        }

        var (request, followUpKey) = requests.Slack(RunCorpus.AddedArticleQuestion, 0);
        using (request)
        using (var response = await client.SendAsync(request, cancellationToken))
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (ResponseCheck.Check(Platform.Slack, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, out var deferred) is not null)
            {
                return false;
            }

            for (var waited = 0; deferred && !standIn.TryGetFollowUp(followUpKey, out body) && waited < 200; waited++)
            {
                await Task.Delay(50, cancellationToken);
            }

            return body.Contains(RunCorpus.AddedArticleMarker, StringComparison.Ordinal);
        }
    }

    private static ReloadObservation Reload(ReadinessMonitor monitor, IReadOnlyList<Sample> samples, double? writtenAt, int reloadsLogged, bool probe)
    {
        var swapAt = monitor.SwapSeenAtMs;
        return new ReloadObservation(
            monitor.Initial.Fingerprint,
            monitor.Latest.Fingerprint,
            monitor.Initial.Articles,
            monitor.Latest.Articles,
            writtenAt is null ? null : Math.Round(writtenAt.Value, 1),
            swapAt is null ? null : Math.Round(swapAt.Value, 1),
            swapAt is null ? 0 : samples.Count(s => s.StartedMs < swapAt && s.EndedMs > swapAt),
            swapAt is null ? 0 : samples.Count(s => s.StartedMs >= swapAt),
            reloadsLogged,
            probe);
    }

    private static async Task IgnoreCancellationAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // The server may hold a file a moment longer after being killed; a leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
