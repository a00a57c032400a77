using ChatBot.Core.FactCards;

namespace ChatBot.Host.AdminConsole;

/// <summary>One fact row of the console's card form.</summary>
public sealed class FactInput
{
    public string? Text { get; set; }
    public string? ArticleId { get; set; }
    public string? Quote { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(ArticleId) && string.IsNullOrWhiteSpace(Quote);

    public static FactInput Of(FactCardFact fact) => new() { Text = fact.Text, ArticleId = fact.ArticleId, Quote = fact.Quote };

    public FactCardFact ToFact() => new((Text ?? "").Trim(), (ArticleId ?? "").Trim(), Quote ?? "");
}
