using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatBot.Core.Corpus;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// HTML through AngleSharp's parser. The body is the page's &lt;article&gt; (or &lt;main&gt;, or the element with
/// the most paragraph text), minus navigation, comments, forms, figures and captions; metadata comes from the
/// usual meta tags.
/// </summary>
internal sealed class HtmlArticleReader : IArticleReader
{
    private const string Chrome = "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, button, "
        + "[role=navigation], [role=complementary], [class*=comment], [id*=comment], [class*=newsletter], [class*=subscribe], [class*=share], [class*=related]";

    private const string BlockSelector = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    private static readonly HtmlParser Parser = new();

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ParsedArticle Read(string text)
    {
        using var document = Parser.ParseDocument(text);
        var metadata = HtmlMetadata.Read(document);
        var root = BodyRoot(document);
        foreach (var chrome in root.QuerySelectorAll(Chrome).ToList())
        {
            chrome.Remove();
        }

        var blocks = new List<ArticleBlock>();
        foreach (var element in root.QuerySelectorAll(BlockSelector))
        {
            if (element.QuerySelector(BlockSelector) is not null)
            {
                continue;
            }

            var content = element.TextContent;
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var isHeading = element.LocalName is ['h', >= '1' and <= '6'];
            if (isHeading && element.LocalName == "h1" && blocks.Count == 0 && (metadata.Title is null || Same(content, metadata.Title)))
            {
                metadata = metadata with { Title = metadata.Title ?? content.Trim() };
                continue;
            }

            blocks.Add(new ArticleBlock(isHeading ? BlockKind.Heading : BlockKind.Paragraph, content));
        }

        return new ParsedArticle(metadata, blocks, []);
    }

    private static IElement BodyRoot(IDocument document)
    {
        var explicitRoot = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]");
        if (explicitRoot is not null)
        {
            return explicitRoot;
        }

        var body = document.Body ?? document.DocumentElement;
        return body.QuerySelectorAll("div, section")
            .Select(e => (Element: e, Text: e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length)))
            .Where(c => c.Text > 0)
            .OrderByDescending(c => c.Text)
            .Select(c => c.Element)
            .FirstOrDefault() ?? body;
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
}
