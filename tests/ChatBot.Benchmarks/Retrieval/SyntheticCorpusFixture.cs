using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.Retrieval;

/// <summary>The 10,000-article synthetic corpus and its index, built once per benchmark process.</summary>
internal static class SyntheticCorpusFixture
{
    public const int Articles = 10_000;

    private static readonly Lazy<IReadOnlyList<Article>> Generated = new(() => SyntheticCorpus.Generate(Articles));
    private static readonly Lazy<CorpusIndex> Built = new(() => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(Generated.Value, []), "synthetic"));

    public static IReadOnlyList<Article> Corpus => Generated.Value;

    public static CorpusIndex Index => Built.Value;
}
