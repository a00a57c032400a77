namespace ChatBot.Storage.LiteDb;

/// <summary>A stored vote; the id is answer, platform and user, so a user has one vote per answer.</summary>
public sealed class FeedbackDocument
{
    public string Id { get; set; } = "";
    public string AnswerId { get; set; } = "";
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    public string Platform { get; set; } = "";
    public string UserId { get; set; } = "";
    public int Vote { get; set; }
    public DateTime At { get; set; }
    public string? Reason { get; set; }
    public string? Comment { get; set; }
}
