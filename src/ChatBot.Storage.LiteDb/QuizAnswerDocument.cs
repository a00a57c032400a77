namespace ChatBot.Storage.LiteDb;

/// <summary>A person's answer to a question; the id is "quiz:user", so only the first answer can be stored.</summary>
public sealed class QuizAnswerDocument
{
    public string Id { get; set; } = "";
    public string QuizId { get; set; } = "";
    public string UserId { get; set; } = "";
    public int Choice { get; set; }
    public bool Correct { get; set; }
    public DateTime At { get; set; }
}
