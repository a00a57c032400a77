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
    public required string Text { get; init; }

    /// <summary>The nearest heading above the passage, if the article has headings.</summary>
    public string? Heading { get; init; }
    public required IReadOnlyList<TextSpan> Sentences { get; init; }

    public int End => Start + Length;

    public static string MakeId(string articleId, int numberInArticle) => $"{articleId}#p{numberInArticle}";
}
