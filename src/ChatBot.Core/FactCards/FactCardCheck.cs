using ChatBot.Core.Indexing;

namespace ChatBot.Core.FactCards;

/// <summary>Which of a card's quotes the current corpus no longer holds verbatim, or holds only as part of a sentence.</summary>
public static class FactCardCheck
{
    /// <summary>
    /// One line per broken fact ("fact 2: the quote is not in article …"), including a quote that is only part of a
    /// sentence (cards saved before whole sentences were required); empty when every quote is whole and there.
    /// </summary>
    public static IReadOnlyList<string> BrokenFacts(FactCard card, CorpusIndex corpus) =>
        [.. card.Content.Facts
            .Select((f, i) => (QuoteCheck.Problem(corpus, f.ArticleId, f.Quote) ?? QuoteSentences.Fragment(corpus, f.ArticleId, f.Quote)) is { } problem ? $"fact {i + 1}: {problem}" : null)
            .OfType<string>()];

    /// <summary>True when a fact's quote is in the article but only as part of a sentence.</summary>
    public static bool IsFragment(FactCardFact fact, CorpusIndex corpus) =>
        QuoteCheck.Problem(corpus, fact.ArticleId, fact.Quote) is null && QuoteSentences.Fragment(corpus, fact.ArticleId, fact.Quote) is not null;

    /// <summary>True when the card should be shown as needing review: flagged before, or broken now.</summary>
    public static bool NeedsReview(FactCard card, CorpusIndex corpus) => card.NeedsReview || BrokenFacts(card, corpus).Count > 0;
}
