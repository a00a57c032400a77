namespace ChatBot.Core.Corpus;

/// <summary>
/// One source article. <see cref="Text"/> is the article's plain text, verbatim; every quote the bot shows is a
/// substring of it, located by the offsets of <see cref="Blocks"/>.
/// </summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }

    /// <summary>True when the publication date is inferred from the content rather than printed by the source.</summary>
    public bool PublishedInferred { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public required string Text { get; init; }
    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    /// <summary>Path relative to the corpus folder, for messages to the people who maintain it.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>SHA-256 of the source file's bytes, hex.</summary>
    public string ContentHash { get; init; } = "";

    public string BlockText(TextBlock block) => Text.Substring(block.Start, block.Length);
}
