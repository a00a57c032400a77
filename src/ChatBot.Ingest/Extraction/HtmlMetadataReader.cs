using System.Text.Json;
using AngleSharp.Html.Dom;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// Reads what a page says about itself: JSON-LD <c>NewsArticle</c>/<c>Article</c> (headline, author, datePublished,
/// publisher), OpenGraph and article: properties, then plain meta tags (author, citation_*, DC.*), the canonical link
/// and the document title. JSON-LD wins, then OpenGraph, then meta tags.
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "ScholarlyArticle", "Report", "GovernmentPublication",
    };

    public static PageMetadata Read(IHtmlDocument document)
    {
        var ld = JsonLd(document);
        string? Meta(params string[] names) => names
            .Select(n => document.QuerySelector($"meta[property='{n}' i], meta[name='{n}' i]")?.GetAttribute("content"))
            .Select(TextNormalizer.Collapse)
            .FirstOrDefault(v => v.Length > 0);

        var metaAuthor = Meta("author", "article:author", "citation_author", "dc.creator", "parsely-author", "sailthru.author");
        return new PageMetadata(
            Title: ld.Title ?? Meta("og:title", "twitter:title", "citation_title", "dc.title") ?? Nullable(document.Title),
            Author: ld.Author ?? (metaAuthor is not null && !metaAuthor.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? metaAuthor : null),
            Publisher: ld.Publisher ?? Meta("og:site_name", "citation_publisher", "dc.publisher", "application-name"),
            Published: ld.Published ?? Meta("article:published_time", "citation_publication_date", "citation_date", "dc.date", "date", "pubdate", "publishdate", "publish-date")
                ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            CanonicalUrl: Nullable(document.QuerySelector("link[rel='canonical' i]")?.GetAttribute("href")) ?? Meta("og:url") ?? ld.Url,
            Language: Nullable(document.DocumentElement.GetAttribute("lang")));
    }

    private static string? Nullable(string? text) => TextNormalizer.Collapse(text) is { Length: > 0 } value ? value : null;

    private static (string? Title, string? Author, string? Publisher, string? Published, string? Url) JsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (Candidates(json.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                {
                    return (Text(article, "headline") ?? Text(article, "name"), Names(article, "author"), Names(article, "publisher"),
                        Text(article, "datePublished") ?? Text(article, "dateCreated"), Text(article, "url"));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common; the other metadata still applies.
            }
        }

        return default;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Candidates);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return element.TryGetProperty("@graph", out var graph) ? [element, .. Candidates(graph)] : [element];
    }

    private static bool IsArticle(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@type", out var type) && type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
            _ => false,
        };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? Nullable(value.GetString()) : null;

    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Object ? Text(v, "name") : null)
            .Select(Nullable)
            .OfType<string>()
            .ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }
}
