using ChatBot.Core.Timeline;

namespace ChatBot.Core.Indexing;

/// <summary>
/// One article after analysis, with the build's provisional term numbers. <see cref="TitleTerms"/> and
/// <see cref="HeadingTerms"/> are shared by the passages that carry them, listed once here so renumbering visits each
/// array once. <see cref="Dated"/>, by passage, when the build dates the timeline's sentences as it reads.
/// </summary>
internal sealed record AnalyzedArticle(
    List<Passage> Passages,
    PassageTerms[] Terms,
    int[] TitleTerms,
    List<int[]> HeadingTerms,
    int[] SurfaceWords,
    string[] Acronyms,
    List<DatedSentence>?[]? Dated);
