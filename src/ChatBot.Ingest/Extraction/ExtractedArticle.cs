using ChatBot.Core.Corpus;

namespace ChatBot.Ingest.Extraction;

/// <summary>What a page, PDF or text file yielded: its metadata and its body, ready to preview and to write.</summary>
public sealed record ExtractedArticle
{
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }

    /// <summary>The page's own canonical address (link rel=canonical, og:url, JSON-LD url), else where it was fetched from.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The address or file it was fetched from.</summary>
    public required string Source { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<BodyBlock> Blocks { get; init; }

    /// <summary>What the extraction noticed and could not fix, for the preview ("no publication date found").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IEnumerable<BodyBlock> TextBlocks => Blocks.Where(b => b.Kind != BodyBlockKind.Heading);

    public int WordCount => Blocks.Sum(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
