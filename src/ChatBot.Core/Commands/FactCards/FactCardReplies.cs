using System.Globalization;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>
/// A card as a "Fact card" message: title, status badge, summary, numbered facts with [n] markers, each source
/// with its verbatim quote, and the last reviewed date. Quotes are checked against the corpus as the card is
/// shown, so a card whose quotes vanished reads as needing review even before the corpus check flags it.
/// </summary>
public static class FactCardReplies
{
    public static Reply Card(FactCard card, CorpusIndex corpus, ReplyVisibility visibility, IReadOnlyList<IReadOnlyList<ReplyButton>>? buttons = null)
    {
        var broken = FactCardCheck.BrokenFacts(card, corpus);
        var needsReview = card.NeedsReview || broken.Count > 0;
        var onlyFragments = card.Content.Facts.Any(f => FactCardCheck.IsFragment(f, corpus)) && card.Content.Facts.All(f => QuoteCheck.Problem(corpus, f.ArticleId, f.Quote) is null);
        var warning = !needsReview ? ""
            : onlyFragments
                ? "⚠️ This card needs review: a fact quotes only part of a sentence, which can say what the article does not; its source shows the whole sentence. Don't rely on it until a moderator has checked it.\n\n"
                : "⚠️ This card needs review: the indexed articles changed and some of its quotes may no longer be there. Don't rely on it until a moderator has checked it.\n\n";
        var fields = new List<ReplyField>
        {
            new("Status", FactCardBadges.For(card, needsReview), Inline: true),
            new("Last reviewed", card.LastReviewedAt is { } reviewed ? Date(reviewed) : "never", Inline: true),
        };
        if (card.Content.Tags.Count > 0)
        {
            fields.Add(new ReplyField("Tags", string.Join(", ", card.Content.Tags), Inline: true));
        }

        return new Reply
        {
            Kind = ReplyKind.FactCard,
            Title = card.Content.Title,
            Body = warning + Body(card.Content, corpus),
            Sources = Sources(card.Content.Facts, corpus),
            ShowQuotes = true,
            Fields = fields,
            ButtonRows = buttons ?? [],
            Visibility = visibility,
            Footer = $"Fact card \"{card.Slug}\", version {card.Version}, last reviewed {(card.LastReviewedAt is { } at ? Date(at) : "never")}. Each fact cites the exact sentence it rests on.",
        };
    }

    /// <summary>A draft shown before anything is saved.</summary>
    public static Reply Draft(FactCardDraft draft, CorpusIndex corpus, string pendingId) => new()
    {
        Kind = ReplyKind.FactCard,
        Title = $"Draft: {draft.Content.Title}",
        Body = $"Drafted from the indexed articles on \"{draft.Topic}\": the sentences that best support the topic, each quoted exactly. Nothing is saved or posted yet. "
            + "Review every fact, write a summary in your own words, set the status, then save.\n\n" + Body(draft.Content, corpus),
        Sources = Sources(draft.Content.Facts, corpus),
        ShowQuotes = true,
        Fields = [new("Status", FactCardBadges.Draft, Inline: true), new("Suggested slug", draft.Slug, Inline: true)],
        ButtonRows = [[new ReplyButton(FactCardActions.OpenPending(pendingId), "Review and save", ReplyButtonStyle.Primary)]],
        Footer = "Drafts are never published until a moderator saves them.",
    };

    /// <summary>Each fact's source with whole sentences: a quote saved as part of a sentence is shown with the rest of it.</summary>
    public static IReadOnlyList<ReplySource> Sources(IReadOnlyList<FactCardFact> facts, CorpusIndex corpus) =>
        [.. facts.Select((f, i) => corpus.TryGetArticle(f.ArticleId, out var article)
            ? Source(i + 1, article, QuoteSentences.Around(corpus, f.ArticleId, f.Quote) ?? f.Quote, corpus)
            : new ReplySource(i + 1, $"Article {f.ArticleId} (no longer indexed)", null, null, null, f.Quote, f.ArticleId, ""))];

    private static ReplySource Source(int n, Corpus.Article article, string quote, CorpusIndex corpus) =>
        new(n, article.Title, article.Author ?? article.Publisher, article.Published?.ToString(), article.Url, quote, article.Id, QuoteCheck.PassageOf(corpus, article.Id, quote)?.Id ?? "");

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Body(FactCardContent content, CorpusIndex corpus)
    {
        var facts = content.Facts.Select((f, i) => $"{i + 1}. {Wording(f, corpus)} [{i + 1}]{Mark(f, corpus)}");
        var summary = content.Summary.Length == 0 ? "(No summary yet.)" : content.Summary;
        return $"{summary}\n\n{string.Join('\n', facts)}";
    }

    /// <summary>A fact without its own wording is its quote, and a quote is shown as whole sentences.</summary>
    private static string Wording(FactCardFact fact, CorpusIndex corpus) =>
        fact.Text == fact.Quote ? QuoteSentences.Around(corpus, fact.ArticleId, fact.Quote) ?? fact.Text : fact.Text;

    private static string Mark(FactCardFact fact, CorpusIndex corpus) =>
        QuoteCheck.Problem(corpus, fact.ArticleId, fact.Quote) is not null ? " ⚠️ quote no longer in the articles"
        : FactCardCheck.IsFragment(fact, corpus) ? " ⚠️ quotes only part of a sentence (shown whole in its source)"
        : "";
}
