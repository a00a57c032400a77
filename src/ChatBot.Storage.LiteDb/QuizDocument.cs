namespace ChatBot.Storage.LiteDb;

/// <summary>An open or closed quiz question (public: LiteDB maps it by reflection); the question itself is JSON.</summary>
public sealed class QuizDocument
{
    public string Id { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public string Json { get; set; } = "";
}
