using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.LoadGenerator.Measuring;

/// <summary>The report as a short human summary, or as indented JSON for machines.</summary>
internal static class ReportText
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Json(LoadReport report) => JsonSerializer.Serialize(report, JsonOptions);

    public static string Summary(LoadReport report)
    {
        var text = new StringBuilder();
        Line(text, $"Result:      {(report.Passed ? "PASS" : "FAIL")}");
        Line(text, $"Requests:    {report.Completed}/{report.Requested} completed, {report.Failed} failed, {report.NotSent} not sent{(report.TimeCapHit ? " (time cap hit)" : "")}; concurrency {report.Concurrency}");
        if (report.WarmUpFailures > 0)
        {
            Line(text, $"Warm-up:     {report.WarmUpFailures} warm-up request(s) got a wrong answer");
        }

        Line(text, $"Elapsed:     {report.ElapsedSeconds:F2} s, throughput {report.RequestsPerSecond:F1} req/s");
        Line(text, "Latency (ms)        count     p50     p95     p99     max    mean");
        Row(text, "overall", report.Overall);
        Row(text, "discord", report.Discord);
        Row(text, "slack", report.Slack);
        if (report.PerReplica.Count > 1)
        {
            Row(text, "slack events", report.SlackEvents);
            for (var r = 0; r < report.PerReplica.Count; r++)
            {
                Row(text, $"replica {r}", report.PerReplica[r]);
            }
        }

        foreach (var (kind, summary) in report.ByQuestionKind)
        {
            Row(text, "  " + kind.ToLowerInvariant(), summary);
        }

        if (report.PerReplica.Count > 1)
        {
            var events = report.Events;
            Line(text, $"Replicas:    {report.PerReplica.Count}; failed per replica {string.Join(" / ", report.FailedPerReplica.Skip(1))}, failed event deliveries {report.FailedPerReplica[0]}");
            Line(text, $"Events:      {events.Events} Slack @mentions, each delivered to all {events.DeliveriesEach} replicas: {events.AnsweredOnce} answered once, {events.Duplicates} answered more than once, {events.Unanswered} not answered");
        }

        Line(text, $"Over 3 s:    {report.LateFirstResponses} first responses");
        Line(text, $"Discord:     {report.DiscordInline} inline (type 4), {report.DiscordDeferred} deferred (type 5)");
        Line(text, $"Slack:       {report.SlackInline} inline, {report.SlackDeferred} acknowledged then answered via response_url");
        Line(text, $"Follow-ups:  {report.FollowUpsArrived}/{report.FollowUpsExpected} deferred answers arrived at the stand-in");
        Line(text, $"Server:      {report.Server.Questions:F0} questions, {report.Server.CacheHits:F0} cache hits, {report.Server.CommandFailures:F0} command failures, {report.Server.RateLimited:F0} rate limited");
        Line(text, $"Server log:  {report.ServerLogLines} lines during the load");
        var reload = report.Reload;
        Line(text, $"Reload:      {(reload.Observed ? "observed" : "NOT observed")}: articles {reload.ArticlesBefore} -> {reload.ArticlesAfter}, fingerprint {Short(reload.FingerprintBefore)} -> {Short(reload.FingerprintAfter)}");
        Line(text, $"             written at {Ms(reload.ArticleWrittenAtMs)}, swap seen at {Ms(reload.SwapSeenAtMs)}; {reload.RequestsSpanningSwap} requests in flight across the swap, {reload.RequestsAfterSwap} after it; server logged {reload.ReloadsLogged} reload(s); new article answers: {(reload.ProbeCitesNewArticle ? "yes" : "no")}");
        foreach (var (reason, count) in report.FailureReasons)
        {
            Line(text, $"Failure:     {count} x {reason}");
        }

        foreach (var line in report.ServerOutputTail)
        {
            Line(text, $"  server | {line}");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, LatencySummary s) =>
        Line(text, string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {s.Count,6} {s.P50,7:F1} {s.P95,7:F1} {s.P99,7:F1} {s.Max,7:F1} {s.Mean,7:F1}"));

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Ms(double? ms) => ms is null ? "(never)" : string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:F2} s");

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;
}
