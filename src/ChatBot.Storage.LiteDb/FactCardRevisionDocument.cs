namespace ChatBot.Storage.LiteDb;

/// <summary>One revision of a fact card; the id is "slug:000042", so a version is written once.</summary>
public sealed class FactCardRevisionDocument
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public int Version { get; set; }
    public string Action { get; set; } = "";
    public string By { get; set; } = "";
    public DateTime At { get; set; }
    public string Json { get; set; } = "";
}
