using ChatBot.Core.Corpus;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Writing;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// Applies the Edit details form (title, author, date, publisher) to a queued article: the stored article and its
/// preview both change, the file name follows a new title or date, and warnings about what is now given go away.
/// </summary>
public static class ArticleDetailsEdit
{
    private static readonly string[] SettledByEdit = ["no publication date found", "no author found", "no publisher found"];

    /// <returns>The edited article, or null and the one-line reason.</returns>
    public static (PendingArticle? Edited, string? Problem) Apply(PendingArticle pending, IReadOnlyDictionary<string, string> values, Func<string, bool> fileTaken)
    {
        var title = Value(values, ArticleReviewReplies.TitleField);
        if (title is null)
        {
            return (null, "the title cannot be empty");
        }

        PartialDate? published = null;
        if (Value(values, ArticleReviewReplies.DateField) is { } date && !PartialDate.TryParse(date, out published))
        {
            return (null, $"\"{date}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }

        var article = StoredArticle.Read(pending.ArticleJson) with
        {
            Title = title,
            Author = Value(values, ArticleReviewReplies.AuthorField),
            Publisher = Value(values, ArticleReviewReplies.PublisherField),
            Published = published,
        };
        var id = title == pending.Preview.Title && published?.ToString() == pending.Preview.Published
            ? pending.Preview.ProposedId
            : ArticleIds.Propose(title, published, fileTaken);
        var warnings = pending.Preview.Warnings.Where(w => !SettledByEdit.Contains(w)).ToList();
        AddIf(warnings, published is null, SettledByEdit[0]);
        AddIf(warnings, article.Author is null, SettledByEdit[1]);
        AddIf(warnings, article.Publisher is null, SettledByEdit[2]);
        var preview = pending.Preview with { Title = title, Author = article.Author, Publisher = article.Publisher, Published = published?.ToString(), Warnings = warnings, ProposedId = id };
        return (pending with { Preview = preview, ArticleJson = StoredArticle.Write(article) }, null);
    }

    private static void AddIf(List<string> warnings, bool condition, string warning)
    {
        if (condition)
        {
            warnings.Add(warning);
        }
    }

    private static string? Value(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
