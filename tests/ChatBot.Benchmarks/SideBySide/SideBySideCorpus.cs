using ChatBot.Core.Corpus;

namespace ChatBot.Benchmarks.SideBySide;

/// <summary>
/// One corpus of the side-by-side benchmark and the queries asked of it. <paramref name="WholeArticles"/>: Lucene
/// indexes each article as one document (a SQuAD paragraph, a SciFact abstract) instead of each of our passages.
/// </summary>
internal sealed record SideBySideCorpus(string Name, CorpusLoadResult Articles, bool WholeArticles, IReadOnlyList<string> Queries);
