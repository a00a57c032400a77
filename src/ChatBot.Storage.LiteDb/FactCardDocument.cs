namespace ChatBot.Storage.LiteDb;

/// <summary>A fact card (public: LiteDB maps it by reflection). The card itself is JSON; the rest is for queries.</summary>
public sealed class FactCardDocument
{
    public string Id { get; set; } = "";
    public int Version { get; set; }
    public bool IsDeleted { get; set; }
    public bool NeedsReview { get; set; }
    public List<string> Tags { get; set; } = [];
    public DateTime UpdatedAt { get; set; }
    public string Json { get; set; } = "";
}
