namespace ChatBot.Storage.LiteDb;

/// <summary>An answer that was sent, kept for its buttons (public: LiteDB maps it by reflection).</summary>
public sealed class ArchivedAnswer
{
    public string Id { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime At { get; set; }
}
