namespace ChatBot.Corpus.Readers;

/// <summary>Reads one file format. Throws <see cref="CorpusFormatException"/> with a reason when the file is malformed.</summary>
internal interface IArticleReader
{
    IReadOnlyList<string> Extensions { get; }

    ParsedArticle Read(string text);
}
