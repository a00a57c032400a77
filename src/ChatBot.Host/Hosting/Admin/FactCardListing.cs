using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.Host.Hosting.Admin;

/// <summary>A card as `factcards list` shows it: whether it needs review against the corpus, and why.</summary>
internal sealed record FactCardListing(FactCard Card, bool NeedsReview, IReadOnlyList<string> Problems)
{
    public static FactCardListing Of(FactCard card, CorpusIndex corpus)
    {
        var review = FactCardCheck.NeedsReview(card, corpus);
        return new FactCardListing(card, review, review ? [.. FactCardCheck.BrokenFacts(card, corpus).DefaultIfEmpty(card.ReviewNote ?? "flagged")] : []);
    }
}
