using ChatBot.Core.FactCards;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>The status badge a card shows. A card needing review shows that, never its old status alone.</summary>
public static class FactCardBadges
{
    public const string NeedsReview = "🔁 Needs review";
    public const string Draft = "📝 Draft (not saved)";

    public static string For(FactCardStatus status) => status switch
    {
        FactCardStatus.Verified => "✅ Verified",
        FactCardStatus.Disputed => "⚠️ Disputed",
        _ => "❔ Unverified",
    };

    public static string For(FactCard card, bool needsReview) =>
        needsReview ? $"{NeedsReview} (was {For(card.Content.Status)})" : For(card.Content.Status);
}
