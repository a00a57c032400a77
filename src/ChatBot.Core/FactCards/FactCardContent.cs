namespace ChatBot.Core.FactCards;

/// <summary>What a moderator writes on a card; everything else on <see cref="FactCard"/> is bookkeeping.</summary>
public sealed record FactCardContent(string Title, string Summary, IReadOnlyList<FactCardFact> Facts, FactCardStatus Status, IReadOnlyList<string> Tags)
{
    public bool SameAs(FactCardContent other) =>
        Title == other.Title && Summary == other.Summary && Status == other.Status
        && Facts.SequenceEqual(other.Facts) && Tags.SequenceEqual(other.Tags, StringComparer.Ordinal);
}
