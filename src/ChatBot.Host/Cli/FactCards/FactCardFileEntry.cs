namespace ChatBot.Host.Cli.FactCards;

/// <summary>
/// One card in a file. Slug, title, summary, status, tags and facts are imported; the rest is written on export
/// for the reader's information and ignored on import (the database keeps the real history).
/// </summary>
internal sealed class FactCardFileEntry
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Status { get; set; }
    public List<string>? Tags { get; set; }
    public List<FactCardFileFact>? Facts { get; set; }
    public int? Version { get; set; }
    public string? UpdatedBy { get; set; }
    public string? UpdatedAt { get; set; }
    public string? LastReviewed { get; set; }
    public bool? NeedsReview { get; set; }
    public string? ReviewNote { get; set; }
}
