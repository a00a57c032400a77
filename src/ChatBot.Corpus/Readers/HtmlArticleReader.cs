using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatBot.Core.Corpus;
using ChatBot.Corpus.Limits;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// HTML through AngleSharp's parser. The body is the page's &lt;article&gt; (or &lt;main&gt;, or the element with
/// the most paragraph text), minus navigation, comments, forms, figures and captions; metadata comes from the
/// usual meta tags. The parser checks the time budget on every token and stops building the tree at the nesting
/// limit; a page that reaches the limit is refused.
/// </summary>
internal sealed class HtmlArticleReader : IArticleReader
{
    private const string Chrome = "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, button, "
        + "[role=navigation], [role=complementary], [class*=comment], [id*=comment], [class*=newsletter], [class*=subscribe], [class*=share], [class*=related]";

    private const string BlockSelector = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    /// <summary>&lt;html&gt; and &lt;body&gt; are levels to AngleSharp but not to an author.</summary>
    private const int DocumentLevels = 2;

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ParsedArticle Read(string text, ReadLimits limits)
    {
        if (HtmlNesting.Deepest(text, limits.MaxNestingDepth) is var estimate && estimate > limits.MaxNestingDepth)
        {
            throw limits.TooDeep($"more than {limits.MaxNestingDepth:N0} levels deep (HTML elements)");
        }

        var budget = limits.Budget;
        var maximumDepth = limits.MaxNestingDepth >= int.MaxValue - DocumentLevels ? int.MaxValue : limits.MaxNestingDepth + DocumentLevels + 1;
        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = maximumDepth, OnToken = (_, _) => budget.Check() });
        using var document = parser.ParseDocument(text);
        if (Depth(document.Body ?? document.DocumentElement, budget) is var depth && depth > limits.MaxNestingDepth)
        {
            throw limits.TooDeep($"{depth:N0} levels deep (HTML elements)");
        }

        var metadata = HtmlMetadata.Read(document);
        var root = BodyRoot(document);
        foreach (var chrome in root.QuerySelectorAll(Chrome).ToList())
        {
            chrome.Remove();
        }

        var blocks = new List<ArticleBlock>();
        foreach (var element in root.QuerySelectorAll(BlockSelector))
        {
            budget.Check();
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

    /// <summary>Levels of elements below <paramref name="root"/>, walked without recursion.</summary>
    private static int Depth(IElement root, ParseBudget budget)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>([(root, 0)]);
        while (pending.TryPop(out var next))
        {
            budget.Check();
            deepest = Math.Max(deepest, next.Depth);
            foreach (var child in next.Element.Children)
            {
                pending.Push((child, next.Depth + 1));
            }
        }

        return deepest;
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
}
