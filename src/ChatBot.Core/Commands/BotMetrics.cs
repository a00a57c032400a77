using System.Diagnostics.Metrics;
using System.Text.Json;
using ChatBot.Core.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Commands;

/// <summary>
/// What the bot's telemetry records, as metrics on the meter "ChatBot": questions by platform and status, cache hits,
/// declines, answer time, rate-limit refusals, failed commands and moderator actions. Tags name platforms, statuses,
/// scopes, commands and actions only: never a person or what they wrote. With a logger it also writes the log lines:
/// one Information line per answer (platform, status, cached, time), failures at Error with the exception; the user's
/// message is never logged. What is recorded and logged is Core's to decide, so both live here, written through the
/// logging abstractions — no call up into the host; the host exports the meter and chooses where logs go.
/// </summary>
public sealed partial class BotMetrics : IBotTelemetry
{
    public const string MeterName = "ChatBot";

    private readonly Counter<long> questions;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> declines;
    private readonly Histogram<double> latency;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> failures;
    private readonly Counter<long> moderatorActions;
    private readonly ILogger logger;

    public BotMetrics(IMeterFactory meters, ILogger<BotMetrics>? logger = null)
    {
        this.logger = logger ?? NullLogger<BotMetrics>.Instance;
        var meter = meters.Create(MeterName);
        questions = meter.CreateCounter<long>("chatbot.questions", description: "Questions answered, by platform and status");
        cacheHits = meter.CreateCounter<long>("chatbot.cache.hits", description: "Answers served from the cache");
        declines = meter.CreateCounter<long>("chatbot.declines", description: "Questions the corpus does not cover");
        latency = meter.CreateHistogram<double>("chatbot.answer.duration", unit: "ms", description: "Time to produce an answer");
        rateLimited = meter.CreateCounter<long>("chatbot.rate_limited", description: "Requests refused by the rate limits or a full queue");
        failures = meter.CreateCounter<long>("chatbot.command.failures", description: "Commands that failed on our side");
        moderatorActions = meter.CreateCounter<long>("chatbot.moderator.actions", description: "Moderator actions and refused attempts");
    }

    public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
    {
        var platformTag = new KeyValuePair<string, object?>("platform", platform.ToString());
        questions.Add(1, platformTag, new("status", JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString())));
        latency.Record(elapsedMs, platformTag, new("cached", cached));
        if (cached)
        {
            cacheHits.Add(1, platformTag);
        }

        if (status == AnswerStatus.NotFound)
        {
            declines.Add(1, platformTag);
        }

        LogAnswered(platform, status, cached, elapsedMs);
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception)
    {
        failures.Add(1, new("platform", platform.ToString()), new("command", command));
        LogCommandFailed(command, platform, exception);
    }

    public void RateLimited(ChatPlatform platform, string scope)
    {
        rateLimited.Add(1, new("platform", platform.ToString()), new("scope", scope));
        LogRateLimited(platform, scope);
    }

    public void ModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome)
    {
        moderatorActions.Add(1, new("platform", platform.ToString()), new("action", action), new("outcome", outcome));
        LogModeratorAction(platform, userId, action, target, outcome);
    }

    [LoggerMessage(1, LogLevel.Information, "Answered on {Platform}: {Status}, cached {Cached}, {ElapsedMs:F2} ms")]
    private partial void LogAnswered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs);

    [LoggerMessage(2, LogLevel.Error, "Command {Command} failed on {Platform}")]
    private partial void LogCommandFailed(string command, ChatPlatform platform, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Rate limited on {Platform} ({Scope})")]
    private partial void LogRateLimited(ChatPlatform platform, string scope);

    [LoggerMessage(4, LogLevel.Information, "Moderator action on {Platform} by user {UserId}: {Action} {Target} ({Outcome})")]
    private partial void LogModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome);
}
