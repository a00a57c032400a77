using AngleSharp.Html.Parser;
using ChatBot.Core.Corpus;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// A web page to an article: chrome removed (<see cref="HtmlChrome"/>), the main content found by SmartReader
/// (Mozilla Readability), its blocks kept verbatim, and the metadata the page declares. Nothing on the page runs:
/// scripts are parsed as text and removed.
/// </summary>
internal static class HtmlArticleExtractor
{
    private const int MinimumWords = 25;

    public static ExtractedArticle Extract(string html, Uri url)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        HtmlChrome.Remove(document);

        using var reader = new SmartReader.Reader(url.ToString(), document) { Debug = false, ContinueIfNotReadable = true, DisableJSONLD = false };
        var article = reader.GetArticle();
        var content = parser.ParseDocument($"<html><body>{article.Content}</body></html>");
        var blocks = HtmlBlocks.From(content.Body!);
        var title = metadata.Title ?? TextNormalizer.Collapse(article.Title);
        if (blocks.Count > 0 && blocks[0].Kind == BodyBlockKind.Heading && blocks[0].Text == title)
        {
            blocks.RemoveAt(0);
        }

        var words = blocks.Where(b => b.Kind != BodyBlockKind.Heading).Sum(b => b.Text.Split(' ').Length);
        if (words < MinimumWords)
        {
            throw new IngestException($"no article text found at {url}: the readable part of the page has {words} words (a page that is only navigation, a login or a paywall cannot be added)") { Lasting = true };
        }

        var published = DateParsing.Parse(metadata.Published) ?? (article.PublicationDate is { } date ? new PartialDate(date.Year, date.Month, date.Day) : null);
        return new ExtractedArticle
        {
            Title = title.Length > 0 ? title : url.Host,
            Author = metadata.Author ?? Nullable(article.Author),
            Publisher = metadata.Publisher ?? Nullable(article.SiteName),
            Published = published,
            CanonicalUrl = Canonical(metadata.CanonicalUrl, url),
            Source = url.ToString(),
            Language = metadata.Language ?? Nullable(article.Language),
            Blocks = blocks,
        };
    }

    private static string? Nullable(string? text) => TextNormalizer.Collapse(text) is { Length: > 0 } value ? value : null;

    /// <summary>The page's declared address; else the address it came from, without tracking parameters and fragment.</summary>
    private static string Canonical(string? declared, Uri url)
    {
        if (declared is not null && Uri.TryCreate(url, declared, out var canonical) && canonical.Scheme is "http" or "https")
        {
            return canonical.ToString();
        }

        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !Duplicates.CanonicalUrl.IsTracking(p.Split('=')[0])).ToList();
        return new UriBuilder(url) { Query = string.Join('&', query), Fragment = "" }.Uri.ToString();
    }
}
