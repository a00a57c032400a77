namespace ChatBot.Storage.LiteDb;

/// <summary>The <c>ChatBot:Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "ChatBot:Storage";

    /// <summary>The LiteDB file; its folder is created if missing.</summary>
    public string DatabasePath { get; set; } = "data/chatbot.db";

    /// <summary>How long a cached answer is served.</summary>
    public TimeSpan CacheTimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Answers kept in memory in front of the database.</summary>
    public int MemoryCacheEntries { get; set; } = 2000;
}
