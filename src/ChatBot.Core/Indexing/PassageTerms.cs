namespace ChatBot.Core.Indexing;

/// <summary>
/// One passage's analysed fields, between the parallel analysis and the postings merge. The body's terms and positions
/// are slices of a build's shared chunks (<see cref="ChunkPool{T}"/>).
/// </summary>
internal sealed class PassageTerms
{
    public required ArraySegment<int> BodyTerms { get; init; }
    public required ArraySegment<int> BodyPositions { get; init; }
    public required int BodyLength { get; init; }
    public required int[] HeadingTerms { get; init; }
    public required int[] TitleTerms { get; init; }
    public required int[] SentenceStarts { get; init; }
    public required Questions.AnswerFeatures[] SentenceFeatures { get; init; }

    /// <summary>The passage's words (the tokenizer's, stop words too) by the build's word numbers, for <see cref="PassageWords"/>.</summary>
    public ArraySegment<int> SurfaceWords { get; init; }

    /// <summary>Which sentences are runs of those words (<see cref="Ranking.SentenceRuns"/>).</summary>
    public int[] SentenceRuns { get; init; } = [];
}
