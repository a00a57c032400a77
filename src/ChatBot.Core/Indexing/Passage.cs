using ChatBot.Core.Corpus;
using ChatBot.Core.Text;

namespace ChatBot.Core.Indexing;

/// <summary>
/// A run of whole sentences from one paragraph. <see cref="Start"/> and the sentence spans are offsets in the
/// article's text, so any quote can be traced back to the exact characters.
/// </summary>
public sealed record Passage
{
    /// <summary>Position in <see cref="CorpusIndex.Passages"/>.</summary>
    public required int Ordinal { get; init; }

    /// <summary>"{articleId}#p{n}", n counting from 1 within the article.</summary>
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    public required int ArticleOrdinal { get; init; }

    /// <summary>Index of the paragraph in <see cref="Article.Blocks"/>.</summary>
    public required int BlockIndex { get; init; }
    public required BlockKind Kind { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }

    /// <summary>
    /// The passage's characters. A passage keeps only a reference to its article's text and slices it when asked, so an
    /// index holds the corpus text once (a copy per passage doubled the memory of a large corpus and the time to load it).
    /// </summary>
    public string Text
    {
        get => text ?? source?.Slice(Start, Length) ?? "";
        init => text = value;
    }

    /// <summary>The article text the passage is a slice of (<see cref="Start"/>, <see cref="Length"/>), set instead of <see cref="Text"/>.</summary>
    internal CompactText ArticleText
    {
        init => source = value;
    }

    private readonly string? text;
    private readonly CompactText? source;

    /// <summary>The passage's characters (a slice of the article's widened text, which is cached while it is in use).</summary>
    internal ReadOnlySpan<char> Characters => text is not null ? text : source is null ? default : source.Value.AsSpan(Start, Length);

    /// <summary>The nearest heading above the passage, if the article has headings.</summary>
    public string? Heading { get; init; }
    public required IReadOnlyList<TextSpan> Sentences { get; init; }

    public int End => Start + Length;

    /// <summary>Equal when every property is (the text compared by content, however it is held).</summary>
    public bool Equals(Passage? other) =>
        other is not null && Ordinal == other.Ordinal && Id == other.Id && ArticleId == other.ArticleId && ArticleOrdinal == other.ArticleOrdinal
        && BlockIndex == other.BlockIndex && Kind == other.Kind && Start == other.Start && Length == other.Length && Heading == other.Heading
        && Equals(Sentences, other.Sentences) && Characters.SequenceEqual(other.Characters);

    public override int GetHashCode() => HashCode.Combine(Ordinal, Id, Start, Length);

    public static string MakeId(string articleId, int numberInArticle) => $"{articleId}#p{numberInArticle}";
}
