using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;

namespace ChatBot.Ingest.Chat;

/// <summary>The replies of the article review: the preview with its three buttons, the edit form, and the outcomes.</summary>
public static class ArticleReviewReplies
{
    public const string TitleField = "title";
    public const string AuthorField = "author";
    public const string DateField = "published";
    public const string PublisherField = "publisher";

    public const string NotModeratorText = "Only moderators can add articles to the corpus.";

    public static Reply NotModerator { get; } = new() { Kind = ReplyKind.Refused, Body = NotModeratorText };

    public static Reply Usage { get; } = new() { Kind = ReplyKind.Invalid, Body = "Usage: /corpus add url:<address of a web page or PDF>" };

    public static Reply Gone { get; } = new() { Kind = ReplyKind.Invalid, Body = "This article is no longer in the queue. Run /corpus add again.", ReplaceOriginal = true };

    public static Reply Preview(PendingArticle pending, ReplyVisibility visibility, bool replaceOriginal = false)
    {
        var p = pending.Preview;
        var fields = new List<ReplyField>
        {
            new("Author", p.Author ?? "—", true),
            new("Publisher", p.Publisher ?? "—", true),
            new("Published", p.Published ?? "—", true),
            new("Address", p.CanonicalUrl ?? pending.Source),
            new("Words", p.WordCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), true),
            new("File", $"articles/{p.ProposedId}.md", true),
        };
        if (p.Warnings.Count > 0)
        {
            fields.Add(new ReplyField("Check", string.Join("\n", p.Warnings.Select(w => "• " + w))));
        }

        return new Reply
        {
            Kind = ReplyKind.Info,
            Title = p.Title,
            Body = p.Opening,
            Fields = fields,
            Footer = pending.FeedUrl is null ? "Add this article to the corpus?" : $"New in the feed {pending.FeedUrl}. Add it to the corpus?",
            ButtonRows =
            [[
                new ReplyButton(CorpusActions.For(CorpusActions.Approve, pending.Id), "Approve", ReplyButtonStyle.Success),
                new ReplyButton(CorpusActions.For(CorpusActions.Edit, pending.Id), "Edit details"),
                new ReplyButton(CorpusActions.For(CorpusActions.Reject, pending.Id), "Reject", ReplyButtonStyle.Danger),
            ]],
            Visibility = visibility,
            ReplaceOriginal = replaceOriginal,
        };
    }

    public static ReplyForm EditForm(PendingArticle pending) => new(
        CorpusActions.For(CorpusActions.Save, pending.Id),
        "Article details",
        [
            new FormField(TitleField, "Title", Value: pending.Preview.Title, MaxLength: 300),
            new FormField(AuthorField, "Author", Required: false, Value: pending.Preview.Author, MaxLength: 200),
            new FormField(DateField, "Published (YYYY, YYYY-MM or YYYY-MM-DD)", Required: false, Value: pending.Preview.Published, MaxLength: 10, Placeholder: "2031-03-11"),
            new FormField(PublisherField, "Publisher", Required: false, Value: pending.Preview.Publisher, MaxLength: 200),
        ]);

    public static Reply Added(string title, string articleId) =>
        new() { Kind = ReplyKind.Info, Body = $"Now answering from: {title} (articles/{articleId}.md)", ReplaceOriginal = true };

    public static Reply Rejected(string title) =>
        new() { Kind = ReplyKind.Info, Body = $"Rejected \"{title}\". Nothing was written.", ReplaceOriginal = true };

    public static Reply AlreadyDecided(PendingArticle pending) => new()
    {
        Kind = ReplyKind.Invalid,
        Body = $"\"{pending.Preview.Title}\" was already {pending.Status.ToString().ToLowerInvariant()}{(pending.ArticleId is null ? "" : $" as {pending.ArticleId}")}.",
        ReplaceOriginal = true,
    };

    /// <summary>A fetch or write that cannot go on: one line, the reason as the ingest side gave it.</summary>
    public static Reply NotAdded(string reason) => new() { Kind = ReplyKind.Invalid, Body = $"Not added: {reason}" };
}
