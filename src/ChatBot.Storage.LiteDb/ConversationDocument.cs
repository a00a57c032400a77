namespace ChatBot.Storage.LiteDb;

/// <summary>The last question of one conversation; the id is the conversation key.</summary>
public sealed class ConversationDocument
{
    public string Id { get; set; } = "";
    public string Question { get; set; } = "";
    public DateTime At { get; set; }
}
