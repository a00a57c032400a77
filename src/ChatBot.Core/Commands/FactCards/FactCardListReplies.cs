using System.Globalization;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>/factcard list (cards needing review first) and /factcard history (newest change first).</summary>
public static class FactCardListReplies
{
    private const int MaxListed = 25;
    private const int MaxRevisions = 15;

    public static Reply List(IReadOnlyList<FactCard> cards, string? tag, CorpusIndex corpus, bool forModerator)
    {
        var tagText = tag is null ? "" : $" tagged \"{MentionNeutralizer.Neutralize(FactCardMessages.Shorten(tag.Trim()))}\"";
        if (cards.Count == 0)
        {
            return new Reply
            {
                Kind = ReplyKind.Info,
                Title = "Fact cards",
                Body = $"No fact cards{tagText} yet." + (forModerator ? " Draft one from the articles with /factcard draft <topic>." : ""),
            };
        }

        var rows = cards.Select(c => (Card: c, Review: FactCardCheck.NeedsReview(c, corpus))).OrderByDescending(r => r.Review).ThenBy(r => r.Card.Slug, StringComparer.Ordinal).ToList();
        var review = rows.Where(r => r.Review).Select(r => r.Card.Slug).ToList();
        var body = $"{cards.Count} fact card{(cards.Count == 1 ? "" : "s")}{tagText}. Open one with /factcard show <slug>."
            + (review.Count > 0 ? $"\n{FactCardBadges.NeedsReview}: {string.Join(", ", review)} — the indexed articles changed under their quotes, or a quote is only part of a sentence; moderators should check them with /factcard edit." : "")
            + (rows.Count > MaxListed ? $"\nShowing the first {MaxListed}; filter with /factcard list <tag>." : "");
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = "Fact cards",
            Body = body,
            Fields = [.. rows.Take(MaxListed).Select(r => new ReplyField(
                Cut($"{FactCardBadges.For(r.Card, r.Review)} · {r.Card.Content.Title}", 250),
                Cut(r.Card.Slug + (r.Card.Content.Tags.Count > 0 ? $" · {string.Join(", ", r.Card.Content.Tags)}" : ""), 1000)))],
        };
    }

    public static Reply History(FactCard card, IReadOnlyList<FactCardRevision> revisions)
    {
        var shown = revisions.OrderByDescending(r => r.Version).Take(MaxRevisions).ToList();
        var times = new ReplyInlines();
        var lines = shown.Select(r =>
            $"v{r.Version} · {times.Time(r.At)} · {r.Action.ToString().ToLowerInvariant()} by {Who(r)}"
            + (r.Changes.Count > 0 ? "\n    " + string.Join("\n    ", r.Changes.Take(8)) : ""));
        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = $"History of \"{card.Slug}\"{(card.IsDeleted ? " (deleted)" : "")}",
            Body = (revisions.Count == 0 ? "No revisions recorded." : string.Join('\n', lines.ToList()))
                + (revisions.Count > MaxRevisions ? $"\n… and {revisions.Count - MaxRevisions} older revisions (the CLI export has the current card; the database keeps them all)." : ""),
            Inlines = times.Items,
            Footer = $"Created by {card.CreatedBy} on {FactCardReplies.Date(card.CreatedAt)}; now version {card.Version}.",
        };
    }

    private static string Who(FactCardRevision revision) =>
        revision.ByName is { Length: > 0 } name && name != revision.By ? $"{MentionNeutralizer.Neutralize(name)} ({revision.By})" : revision.By;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
