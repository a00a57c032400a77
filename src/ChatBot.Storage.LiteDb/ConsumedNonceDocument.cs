namespace ChatBot.Storage.LiteDb;

/// <summary>A used sign-in link's nonce (the document id, so a second insert fails) and when the link would have expired.</summary>
public sealed class ConsumedNonceDocument
{
    public string Id { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
