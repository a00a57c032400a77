namespace ChatBot.Storage.Redis;

/// <summary>
/// Where the shared Redis is: <c>ConnectionStrings:Redis</c> in StackExchange.Redis syntax (<c>127.0.0.1:6379,password=…</c>).
/// Empty means no Redis: every replica keeps its own state, as a single process always has.
/// </summary>
public sealed class RedisOptions
{
    public const string ConnectionStringName = "Redis";

    public string? ConnectionString { get; set; }

    /// <summary>Prefix of every key this bot writes, so one Redis can serve several bots (default <c>chatbot:</c>).</summary>
    public string KeyPrefix { get; set; } = "chatbot:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
