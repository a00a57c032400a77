namespace ChatBot.Storage.LiteDb;

/// <summary>A private reply kept for "Share to channel"; the id is derived from the reply.</summary>
public sealed class SharedReplyDocument
{
    public string Id { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTime At { get; set; }
}
