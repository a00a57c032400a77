using ChatBot.Corpus.Limits;

namespace ChatBot.Corpus.Readers;

/// <summary>
/// Reads one file format within the given limits. Throws <see cref="CorpusFormatException"/> with a reason when the
/// file is malformed or over a limit.
/// </summary>
internal interface IArticleReader
{
    IReadOnlyList<string> Extensions { get; }

    ParsedArticle Read(string text, ReadLimits limits);
}
