using ChatBot.Core.Corpus;
using Markdig;
using Markdig.Syntax;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// Markdown with optional YAML front matter. Headings and paragraphs (including those inside lists and block
/// quotes) become blocks of plain text; a level-one heading equal to the title is not repeated in the body.
/// </summary>
internal sealed class MarkdownArticleReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public ParsedArticle Read(string text)
    {
        var (yaml, body) = FrontMatter.Split(text);
        var (metadata, warnings) = yaml is null ? (new ArticleMetadata(), []) : FrontMatterParser.Parse(yaml);
        var blocks = new List<ArticleBlock>();
        string? firstHeading = null;
        foreach (var block in Markdown.Parse(body, Pipeline).Descendants<LeafBlock>())
        {
            var content = MarkdownInlineText.Of(block);
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            if (block is HeadingBlock heading)
            {
                firstHeading ??= heading.Level == 1 ? content : null;
                if (heading.Level == 1 && blocks.Count == 0 && (metadata.Title is null || content.Trim() == metadata.Title.Trim()))
                {
                    continue;
                }

                blocks.Add(new ArticleBlock(BlockKind.Heading, content));
            }
            else if (block is ParagraphBlock)
            {
                blocks.Add(new ArticleBlock(BlockKind.Paragraph, content));
            }
        }

        return new ParsedArticle(metadata with { Title = metadata.Title ?? firstHeading }, blocks, warnings);
    }
}
