using AngleSharp.Dom;

namespace ChatBot.Ingest.Extraction;

/// <summary>
/// Turns the Readability content (HTML) into body blocks: paragraphs, headings, list items and quoted paragraphs,
/// each with its text verbatim. Inline markup keeps its words; images, tables of links and empty boxes give nothing.
/// </summary>
internal static class HtmlBlocks
{
    public static List<BodyBlock> From(IElement root)
    {
        var blocks = new List<BodyBlock>();
        Walk(root, blocks, quoted: false);
        return blocks;
    }

    private static void Walk(IElement element, List<BodyBlock> blocks, bool quoted)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Add(blocks, BodyBlockKind.Heading, element.TextContent, element.LocalName[1] - '0');
                return;
            case "p" or "pre":
                Add(blocks, quoted ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, element.TextContent);
                return;
            case "ul" or "ol":
                foreach (var item in element.Children.Where(c => c.LocalName == "li"))
                {
                    Add(blocks, element.LocalName == "ol" ? BodyBlockKind.NumberedItem : BodyBlockKind.BulletItem, item.TextContent);
                }

                return;
            case "blockquote":
                if (element.Children.Any(IsBlock))
                {
                    WalkChildren(element, blocks, quoted: true);
                }
                else
                {
                    Add(blocks, BodyBlockKind.Quote, element.TextContent);
                }

                return;
            case "figure" or "img" or "picture" or "table" or "video" or "audio":
                return;
        }

        if (element.Children.Any(IsBlock))
        {
            WalkChildren(element, blocks, quoted);
        }
        else if (element.LocalName is not ("span" or "a" or "em" or "strong" or "b" or "i"))
        {
            Add(blocks, quoted ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, element.TextContent);
        }
    }

    /// <summary>Text directly inside a container next to block children (a div with loose text) is a paragraph of its own.</summary>
    private static void WalkChildren(IElement element, List<BodyBlock> blocks, bool quoted)
    {
        var loose = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child && IsBlock(child))
            {
                Add(blocks, quoted ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, loose.ToString());
                loose.Clear();
                Walk(child, blocks, quoted);
            }
            else
            {
                loose.Append(node.TextContent);
            }
        }

        Add(blocks, quoted ? BodyBlockKind.Quote : BodyBlockKind.Paragraph, loose.ToString());
    }

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "div" or "section" or "article" or "main" or "ul" or "ol" or "blockquote"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" or "figure" or "table" or "header";

    private static void Add(List<BodyBlock> blocks, BodyBlockKind kind, string text, int level = 0)
    {
        var collapsed = TextNormalizer.Collapse(text);
        if (collapsed.Length > 0)
        {
            blocks.Add(new BodyBlock(kind, collapsed, level));
        }
    }
}
