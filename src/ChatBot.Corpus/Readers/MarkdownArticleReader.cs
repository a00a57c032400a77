using ChatBot.Core.Corpus;
using ChatBot.Corpus.Limits;
using Markdig;
using Markdig.Syntax;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// Markdown with optional YAML front matter. Headings and paragraphs (including those inside lists and block
/// quotes) become blocks of plain text; a level-one heading equal to the title is not repeated in the body. A body
/// nested deeper than the limit is refused before parsing; the parse itself stops when the time budget runs out.
/// </summary>
internal sealed class MarkdownArticleReader : IArticleReader
{
    private static readonly MarkdownPipeline Pipeline = MarkdownBudget.Pipeline(new MarkdownPipelineBuilder());

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public ParsedArticle Read(string text, ReadLimits limits)
    {
        var (yaml, body) = FrontMatter.Split(text);
        var (metadata, warnings) = yaml is null ? (new ArticleMetadata(), []) : FrontMatterParser.Parse(yaml, limits);
        if (MarkdownNesting.Deepest(body) is var (depth, line) && depth > limits.MaxNestingDepth)
        {
            var frontMatterLines = yaml is null ? 0 : yaml.Count(c => c == '\n') + 2;
            throw limits.TooDeep($"{depth:N0} levels deep (block quotes or list items) at line {line + frontMatterLines:N0}");
        }

        var blocks = new List<ArticleBlock>();
        string? firstHeading = null;
        foreach (var block in Markdown.Parse(body, Pipeline, MarkdownBudget.Context(limits.Budget)).Descendants<LeafBlock>())
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
