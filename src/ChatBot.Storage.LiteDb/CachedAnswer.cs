namespace ChatBot.Storage.LiteDb;

/// <summary>A cached answer document (public: LiteDB maps it by reflection).</summary>
public sealed class CachedAnswer
{
    public string Id { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public string EngineVersion { get; set; } = "";
    public string Question { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
