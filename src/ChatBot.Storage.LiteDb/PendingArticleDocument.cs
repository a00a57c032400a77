namespace ChatBot.Storage.LiteDb;

/// <summary>One queued article (public: LiteDB maps it by reflection). The record itself is JSON; the rest is for queries.</summary>
public sealed class PendingArticleDocument
{
    public string Id { get; set; } = "";
    public string Source { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public string Json { get; set; } = "";
}
