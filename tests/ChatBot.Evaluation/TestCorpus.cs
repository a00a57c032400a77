using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Corpus;
using ChatBot.Lucene;

namespace ChatBot.Evaluation;

/// <summary>The bundled corpus indexed once per process, for tests and benchmarks.</summary>
public static class TestCorpus
{
    private static readonly Lazy<CorpusIndex> Bundled = new(() => Build(EvaluationSet.CorpusDirectory));

    public static TextAnalyzer Analyzer { get; } = TextAnalyzer.Create(SnowballEnglishStemmer.Instance);

    public static CorpusIndex Index => Bundled.Value;

    public static CorpusIndex Build(string directory)
    {
        var loaded = new FileCorpusSource().LoadAsync(directory).GetAwaiter().GetResult();
        return new CorpusIndexBuilder(Analyzer).Build(loaded, loaded.Fingerprint);
    }
}
