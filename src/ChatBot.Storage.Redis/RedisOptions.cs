namespace ChatBot.Storage.Redis;

/// <summary>
/// Where the shared Redis is: <c>ConnectionStrings:Redis</c> in StackExchange.Redis syntax (<c>127.0.0.1:6379,password=…</c>).
/// Empty means no Redis: every replica keeps its own state, as a single process always has.
/// </summary>
public sealed class RedisOptions
{
    public const string ConnectionStringName = "Redis";

    /// <summary>The section of the other settings (<see cref="KeyPrefix"/>, the shared state's own).</summary>
    public const string Section = "ChatBot:Redis";

    /// <summary>From <c>ConnectionStrings:Redis</c> only: not bound from the section, where an empty example value would hide it.</summary>
    public string? ConnectionString { get; internal set; }

    /// <summary>Prefix of every key this bot writes, so one Redis can serve several bots (default <c>chatbot:</c>).</summary>
    public string KeyPrefix { get; set; } = "chatbot:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);
}
