namespace ChatBot.Core.Corpus;

/// <summary>What a file says about its article (front matter, HTML meta tags, or just a first line).</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }
    public bool PublishedInferred { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
}
