using ChatBot.Core.FactCards;

namespace ChatBot.Host.AdminConsole;

/// <summary>A card in the console's list: needing review shows instead of its status.</summary>
public sealed record FactCardRow(FactCard Card, bool NeedsReview)
{
    public string StatusText => NeedsReview ? "needs review" : Card.Content.Status.ToString().ToLowerInvariant();
}
