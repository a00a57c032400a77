namespace ChatBot.Storage.LiteDb;

/// <summary>The <c>ChatBot:Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "ChatBot:Storage";

    /// <summary>The LiteDB file; its folder is created if missing.</summary>
    public string DatabasePath { get; set; } = "data/chatbot.db";

    /// <summary>How long a cached answer is served.</summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a sent answer's buttons (quotes, feedback, timeline, share) keep working: older archived answers and
    /// shareable replies are deleted (see <see cref="RecordRetention"/>); a press after that says the answer expired.
    /// </summary>
    public TimeSpan AnswerRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Answers kept in memory in front of the database.</summary>
    public int MemoryCacheEntries { get; set; } = 2000;
}
