using ChatBot.Core.Corpus;
using ChatBot.Corpus.Limits;

namespace ChatBot.Corpus.Readers;

/// <summary>Plain text: the first line is the title, blank lines separate paragraphs. Front matter is honoured if present.</summary>
internal sealed class TextArticleReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public ParsedArticle Read(string text, ReadLimits limits)
    {
        var (yaml, body) = FrontMatter.Split(text);
        var (metadata, warnings) = yaml is null ? (new ArticleMetadata(), []) : FrontMatterParser.Parse(yaml, limits);
        var paragraphs = body.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (metadata.Title is null && paragraphs.Count > 0)
        {
            var lines = paragraphs[0].Split('\n', 2, StringSplitOptions.TrimEntries);
            metadata = metadata with { Title = lines[0] };
            paragraphs[0] = lines.Length > 1 ? lines[1] : "";
        }

        var blocks = paragraphs.Where(p => p.Length > 0).Select(p => new ArticleBlock(BlockKind.Paragraph, p)).ToList();
        return new ParsedArticle(metadata, blocks, warnings);
    }
}
