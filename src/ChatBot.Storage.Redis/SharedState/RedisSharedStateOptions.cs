namespace ChatBot.Storage.Redis.SharedState;

/// <summary>The <c>ChatBot:Redis</c> settings of the shared state (the connection itself is <c>ConnectionStrings:Redis</c>).</summary>
public sealed class RedisSharedStateOptions
{
    public const string Section = "ChatBot:Redis";

    /// <summary>How long an answer stays in the shared (second-level) cache; the local cache keeps its own time.</summary>
    public TimeSpan AnswerCacheTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// After a failed Redis command, how long every replica-local fallback is used without asking Redis again (then one
    /// request tries it). Keeps an outage from adding a timeout to every request.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
