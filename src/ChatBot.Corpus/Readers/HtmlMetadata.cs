using AngleSharp.Dom;
using ChatBot.Core.Corpus;

namespace ChatBot.Corpus.Readers;

/// <summary>Article metadata from the common meta tags (Open Graph, article:*, author, canonical link, lang).</summary>
internal static class HtmlMetadata
{
    public static ArticleMetadata Read(IDocument document)
    {
        var published = Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new ArticleMetadata
        {
            Title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? NonEmpty(document.Title),
            Author = Meta(document, "author") ?? Meta(document, "article:author"),
            Publisher = Meta(document, "og:site_name"),
            Published = Date(published),
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } canonical && IsHttp(canonical) ? canonical : Http(Meta(document, "og:url")),
            Language = NonEmpty(document.DocumentElement.GetAttribute("lang")),
        };
    }

    private static string? Meta(IDocument document, string name) =>
        NonEmpty(document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content"));

    /// <summary>The date part of an ISO timestamp ("2023-05-03T09:00:00Z" → 2023-05-03); anything else is left out.</summary>
    private static PartialDate? Date(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var datePart = value.Length >= 10 ? value[..10] : value;
        return PartialDate.TryParse(datePart, out var date) ? date : null;
    }

    private static string? Http(string? url) => url is not null && IsHttp(url) ? url : null;

    private static bool IsHttp(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
