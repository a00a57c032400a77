using ChatBot.Core.Indexing;

namespace ChatBot.Core.FactCards;

/// <summary>Which of a card's quotes the current corpus no longer holds verbatim.</summary>
public static class FactCardCheck
{
    /// <summary>One line per broken fact ("fact 2: the quote is not in article …"); empty when every quote is there.</summary>
    public static IReadOnlyList<string> BrokenFacts(FactCard card, CorpusIndex corpus) =>
        [.. card.Content.Facts
            .Select((f, i) => QuoteCheck.Problem(corpus, f.ArticleId, f.Quote) is { } problem ? $"fact {i + 1}: {problem}" : null)
            .OfType<string>()];

    /// <summary>True when the card should be shown as needing review: flagged before, or broken now.</summary>
    public static bool NeedsReview(FactCard card, CorpusIndex corpus) => card.NeedsReview || BrokenFacts(card, corpus).Count > 0;
}
