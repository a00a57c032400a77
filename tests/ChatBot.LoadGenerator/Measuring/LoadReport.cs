namespace ChatBot.LoadGenerator.Measuring;

/// <summary>The outcome of one run; <see cref="Passed"/> decides the exit code.</summary>
internal sealed record LoadReport
{
    public required int Requested { get; init; }
    public required int Concurrency { get; init; }
    public required int Completed { get; init; }
    public required int Failed { get; init; }
    public required int NotSent { get; init; }
    public required int WarmUpFailures { get; init; }
    public required bool TimeCapHit { get; init; }
    public required double ElapsedSeconds { get; init; }
    public required double RequestsPerSecond { get; init; }
    public required LatencySummary Overall { get; init; }
    public required LatencySummary Discord { get; init; }
    public required LatencySummary Slack { get; init; }

    /// <summary>Slack events delivered to every replica (the slower acknowledgement of each); empty with one replica.</summary>
    public required LatencySummary SlackEvents { get; init; }

    /// <summary>Per replica, the requests sent to it alone (events, sent to all, are in <see cref="SlackEvents"/>).</summary>
    public required IReadOnlyList<LatencySummary> PerReplica { get; init; }

    /// <summary>Failed event deliveries (sent to every replica) first, then each replica's own failed requests.</summary>
    public required IReadOnlyList<int> FailedPerReplica { get; init; }

    public EventDeliveries Events { get; init; } = EventDeliveries.None;
    public required IReadOnlyDictionary<string, LatencySummary> ByQuestionKind { get; init; }
    public required int DiscordInline { get; init; }
    public required int DiscordDeferred { get; init; }
    public required int SlackInline { get; init; }
    public required int SlackDeferred { get; init; }
    public required int FollowUpsExpected { get; init; }
    public required int FollowUpsArrived { get; init; }
    public required ServerCounters Server { get; init; }
    public required ReloadObservation Reload { get; init; }
    public required IReadOnlyDictionary<string, int> FailureReasons { get; init; }
    public required IReadOnlyList<string> ServerOutputTail { get; init; }

    /// <summary>Lines the server wrote while the load ran (at its <see cref="LoadSettings.ServerLogLevel"/>).</summary>
    public int ServerLogLines { get; init; }

    /// <summary>First responses that came later than the platforms wait (3 s), whatever their content.</summary>
    public required int LateFirstResponses { get; init; }

    public bool Passed => Events.Duplicates == 0 && Events.Unanswered == 0 && Failed == 0 && WarmUpFailures == 0 && NotSent == 0 && !TimeCapHit && Reload.Observed && Server.CommandFailures == 0 && Server.RateLimited == 0;

    public static LoadReport From(LoadSettings settings, IReadOnlyList<Sample> samples, int warmUpFailures, double elapsedSeconds, bool timeCapHit, int followUpsArrived, ServerCounters server, ReloadObservation reload, IReadOnlyList<string> serverOutput)
    {
        var answered = samples.Where(s => s.Failure is null || !s.Failure.StartsWith("no response", StringComparison.Ordinal)).ToList();
        var failed = samples.Where(s => s.Failed).ToList();
        return new LoadReport
        {
            Requested = settings.Requests,
            Concurrency = settings.Concurrency,
            Completed = samples.Count,
            Failed = failed.Count,
            NotSent = settings.Requests - samples.Count,
            WarmUpFailures = warmUpFailures,
            TimeCapHit = timeCapHit,
            ElapsedSeconds = Math.Round(elapsedSeconds, 3),
            RequestsPerSecond = elapsedSeconds > 0 ? Math.Round(samples.Count / elapsedSeconds, 1) : 0,
            Overall = LatencySummary.Of(answered.Select(s => s.LatencyMs)),
            Discord = LatencySummary.Of(answered.Where(s => s.Platform == Platform.Discord).Select(s => s.LatencyMs)),
            Slack = LatencySummary.Of(answered.Where(s => s.Platform == Platform.Slack).Select(s => s.LatencyMs)),
            SlackEvents = LatencySummary.Of(answered.Where(s => s.Platform == Platform.SlackEvent).Select(s => s.LatencyMs)),
            PerReplica = [.. Enumerable.Range(0, settings.Replicas).Select(r => LatencySummary.Of(answered.Where(s => s.Replica == r).Select(s => s.LatencyMs)))],
            FailedPerReplica = [.. Enumerable.Range(-1, settings.Replicas + 1).Select(r => failed.Count(s => s.Replica == r))],
            ByQuestionKind = answered.GroupBy(s => s.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => LatencySummary.Of(g.Select(s => s.LatencyMs))),
            DiscordInline = samples.Count(s => s.Platform == Platform.Discord && !s.Failed && !s.Deferred),
            DiscordDeferred = samples.Count(s => s.Platform == Platform.Discord && !s.Failed && s.Deferred),
            SlackInline = samples.Count(s => s.Platform == Platform.Slack && !s.Failed && !s.Deferred),
            SlackDeferred = samples.Count(s => s.Platform == Platform.Slack && !s.Failed && s.Deferred),
            FollowUpsExpected = samples.Count(s => s.Deferred),
            LateFirstResponses = answered.Count(s => s.LatencyMs > settings.ResponseDeadline.TotalMilliseconds),
            FollowUpsArrived = followUpsArrived,
            Server = server,
            Reload = reload,
            FailureReasons = failed.GroupBy(s => s.Failure!).OrderByDescending(g => g.Count()).Take(10).ToDictionary(g => g.Key, g => g.Count()),
            ServerOutputTail = failed.Count > 0 || !reload.Observed || timeCapHit ? [.. serverOutput.TakeLast(40)] : [],
        };
    }
}
