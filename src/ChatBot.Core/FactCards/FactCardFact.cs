namespace ChatBot.Core.FactCards;

/// <summary>
/// One fact of a card: the moderator's wording and its citation, an article id and a quote that must be found
/// verbatim (an exact substring) in that article's text.
/// </summary>
public sealed record FactCardFact(string Text, string ArticleId, string Quote);
