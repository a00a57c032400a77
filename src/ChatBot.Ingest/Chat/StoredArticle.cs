using System.Text.Json;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Extraction;

namespace ChatBot.Ingest.Chat;

/// <summary>
/// An extracted article as the queue keeps it (<see cref="PendingArticle.ArticleJson"/>), and the preview a moderator
/// sees, made from an <see cref="IngestPreview"/> and turned back into one for writing.
/// </summary>
public static class StoredArticle
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(ExtractedArticle article) => JsonSerializer.Serialize(article, Json);

    public static ExtractedArticle Read(string json) =>
        JsonSerializer.Deserialize<ExtractedArticle>(json, Json) ?? throw new IngestException("the queued article could not be read");

    public static PendingArticlePreview PreviewOf(IngestPreview preview) => new(
        preview.Article.Title,
        preview.Article.Author,
        preview.Article.Publisher,
        preview.Article.Published?.ToString(),
        preview.Article.CanonicalUrl,
        preview.Article.WordCount,
        preview.Opening,
        preview.Warnings,
        preview.ProposedId);

    /// <summary>The queued article with the preview's (possibly edited) metadata, ready for <see cref="ArticleIngestor.WriteAsync"/>.</summary>
    public static IngestPreview ToIngestPreview(PendingArticle pending)
    {
        var article = Read(pending.ArticleJson);
        return new IngestPreview(article, pending.Preview.ProposedId, pending.Preview.Warnings);
    }
}
