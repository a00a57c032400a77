namespace ChatBot.Storage.LiteDb;

/// <summary>A person's running score in one channel; the id is "platform:workspace:channel:user".</summary>
public sealed class QuizScoreDocument
{
    public string Id { get; set; } = "";
    public string Channel { get; set; } = "";
    public string UserId { get; set; } = "";
    public string? DisplayName { get; set; }
    public int Correct { get; set; }
    public int Answered { get; set; }
    public DateTime FirstAt { get; set; }
}
