namespace ChatBot.Storage.LiteDb;

/// <summary>A question someone asked (public: LiteDB maps it by reflection); <see cref="Person"/> is "platform:workspace:user".</summary>
public sealed class AskedQuestionDocument
{
    public int Id { get; set; }
    public string Person { get; set; } = "";
    public string Question { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTime At { get; set; }
}
