namespace ChatBot.Storage.LiteDb;

/// <summary>A platform event id already handled.</summary>
public sealed class SeenEventDocument
{
    public string Id { get; set; } = "";
    public DateTime At { get; set; }
}
