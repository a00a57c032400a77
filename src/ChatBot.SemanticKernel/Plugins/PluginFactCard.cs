using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>
/// A fact card as the fact card functions return it. <see cref="Status"/> is "verified", "unverified", "disputed",
/// or "needs review" when the corpus changed under its quotes or a quote is only part of a sentence; each fact keeps
/// its article and its quote as whole sentences (a card saved with part of a sentence gets the rest of it).
/// </summary>
public sealed record PluginFactCard(string Slug, string Title, string Summary, string Status, IReadOnlyList<FactCardFact> Facts, IReadOnlyList<string> Tags)
{
    public static PluginFactCard From(FactCard card, CorpusIndex corpus) =>
        new(
            card.Slug,
            card.Content.Title,
            card.Content.Summary,
            FactCardCheck.NeedsReview(card, corpus) ? "needs review" : card.Content.Status.ToString().ToLowerInvariant(),
            [.. card.Content.Facts.Select(f => f with { Quote = QuoteSentences.Around(corpus, f.ArticleId, f.Quote) ?? f.Quote })],
            card.Content.Tags);
}
