namespace ChatBot.Storage.LiteDb;

/// <summary>A signed platform request already accepted, and until when a copy of it would still verify.</summary>
public sealed class ReplayRecordDocument
{
    public string Id { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
