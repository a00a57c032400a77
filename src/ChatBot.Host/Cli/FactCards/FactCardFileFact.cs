namespace ChatBot.Host.Cli.FactCards;

/// <summary>A fact in a file: the wording (optional: the quote by default), the article id and the exact quote.</summary>
internal sealed class FactCardFileFact
{
    public string? Text { get; set; }
    public string? Article { get; set; }
    public string? Quote { get; set; }
}
