using System.Diagnostics.Metrics;
using System.Text.Json;
using ChatBot.Core.Answers;

namespace ChatBot.Core.Commands;

/// <summary>
/// What the bot's telemetry records, as metrics on the meter "ChatBot": questions by platform and status, cache hits,
/// declines, answer time, rate-limit refusals, failed commands and moderator actions. Tags name platforms, statuses,
/// scopes, commands and actions only: never a person or what they wrote. The host exports the meter and adds logs.
/// </summary>
public sealed class BotMetrics : IBotTelemetry
{
    public const string MeterName = "ChatBot";

    private readonly Counter<long> questions;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> declines;
    private readonly Histogram<double> latency;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> failures;
    private readonly Counter<long> moderatorActions;

    public BotMetrics(IMeterFactory meters)
    {
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
    }

    public void CommandFailed(ChatPlatform platform, string command, Exception exception) =>
        failures.Add(1, new("platform", platform.ToString()), new("command", command));

    public void RateLimited(ChatPlatform platform, string scope) =>
        rateLimited.Add(1, new("platform", platform.ToString()), new("scope", scope));

    public void ModeratorAction(ChatPlatform platform, string userId, string action, string target, string outcome) =>
        moderatorActions.Add(1, new("platform", platform.ToString()), new("action", action), new("outcome", outcome));
}
