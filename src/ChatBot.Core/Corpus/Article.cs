using System.Diagnostics.CodeAnalysis;
using ChatBot.Core.Text;

namespace ChatBot.Core.Corpus;

/// <summary>
/// One source article. <see cref="Text"/> is the article's plain text, verbatim; every quote the bot shows is a
/// substring of it, located by the offsets of <see cref="Blocks"/>.
/// </summary>
public sealed record Article
{
    public Article()
    {
    }

    /// <summary>An article whose text is already compact (read from a snapshot), so it is never held as a string.</summary>
    /// <remarks>The text is set through <see cref="Content"/>, which the nullable analysis cannot see behind <see cref="Text"/>.</remarks>
    [SetsRequiredMembers]
#pragma warning disable CS8618
    internal Article(string id, string title, CompactText content, IReadOnlyList<TextBlock> blocks)
#pragma warning restore CS8618
    {
        Id = id;
        Title = title;
        Content = content;
        Blocks = blocks;
    }

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
    /// <summary>The text as a string, widened on demand from <see cref="Content"/> (recently read texts are cached).</summary>
    public required string Text
    {
        get => Content.Value;
        init => Content = CompactText.Of(value);
    }

    /// <summary>The text as it is kept: one byte a character when it fits, so a loaded index holds half as much.</summary>
    internal CompactText Content { get; private init; } = CompactText.Empty;
    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    /// <summary>Path relative to the corpus folder, for messages to the people who maintain it.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>SHA-256 of the source file's bytes, hex.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>The same article with its text held as <paramref name="content"/> (the same characters, packed with others').</summary>
    internal Article WithContent(CompactText content) => this with { Content = content };

    public string BlockText(TextBlock block) => Content.Slice(block.Start, block.Length);

    /// <summary>Where block <paramref name="index"/> starts, without making the block a loaded article's columns would make.</summary>
    internal int BlockStart(int index) => Blocks is TextBlocks columns ? columns.StartAt(index) : Blocks[index].Start;

    /// <summary>The characters of <paramref name="span"/>, without making a string of the whole text first (see <see cref="CompactText"/>).</summary>
    public string Slice(TextSpan span) => Content.Slice(span.Start, span.Length);

    /// <summary>The characters of <paramref name="span"/> copied into <paramref name="destination"/> (at least as long), without a string.</summary>
    internal void CopyTo(TextSpan span, Span<char> destination) => Content.CopyTo(span.Start, span.Length, destination);

    /// <summary>Whether the text holds <paramref name="value"/> verbatim (ordinal), without making a string of the whole text.</summary>
    public bool Contains(string value) => Content.Contains(value);
}
