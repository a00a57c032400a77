using ChatBot.Core.FactCards;

namespace ChatBot.SemanticKernel.Plugins;

/// <summary>
/// A fact card as the fact card functions return it. <see cref="Status"/> is "verified", "unverified", "disputed",
/// or "needs review" when the corpus changed under its quotes; each fact keeps its verbatim quote and article.
/// </summary>
public sealed record PluginFactCard(string Slug, string Title, string Summary, string Status, IReadOnlyList<FactCardFact> Facts, IReadOnlyList<string> Tags)
{
    public static PluginFactCard From(FactCard card) =>
        new(card.Slug, card.Content.Title, card.Content.Summary, card.NeedsReview ? "needs review" : card.Content.Status.ToString().ToLowerInvariant(), card.Content.Facts, card.Content.Tags);
}
