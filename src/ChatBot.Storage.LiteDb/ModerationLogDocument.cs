namespace ChatBot.Storage.LiteDb;

/// <summary>One audit-trail entry (public: LiteDB maps it by reflection; the id is assigned by LiteDB).</summary>
public sealed class ModerationLogDocument
{
    public int Id { get; set; }
    public DateTime At { get; set; }
    public string Platform { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string Outcome { get; set; } = "";
}
