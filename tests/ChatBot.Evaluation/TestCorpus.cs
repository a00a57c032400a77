using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Corpus;
using ChatBot.Lucene;

namespace ChatBot.Evaluation;

/// <summary>The bundled corpus indexed once per process, for tests and benchmarks.</summary>
public static class TestCorpus
{
    private static readonly Lazy<CorpusIndex> Bundled = new(() => Build(EvaluationSet.CorpusDirectory));

    private static readonly Lazy<CorpusIndex> Synthetic250 = new(() =>
        new CorpusIndexBuilder(Analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(250), []), "synthetic-250"));

    private static readonly Lazy<CorpusIndex> BundledWithVectors = new(() => Index.WithVectors(PassageVectors.Encode(Index, TestEncoder.Shared)));

    /// <summary>The stemmer with the language's own equivalences only: a corpus without a lexicon file.</summary>
    public static TextAnalyzer Plain { get; } = TextAnalyzer.Create(SnowballEnglishStemmer.Instance);

    /// <summary>The bundled corpus's analyzer: the stemmer plus corpus/lexicon.yaml.</summary>
    public static TextAnalyzer Analyzer => Index.Analyzer;

    public static CorpusIndex Index => Bundled.Value;

    /// <summary>250 generated articles (<see cref="SyntheticCorpus"/>) with the bundled corpus's analyzer, indexed once per process.</summary>
    public static CorpusIndex Synthetic => Synthetic250.Value;

    /// <summary>The bundled corpus with every passage's vector from <see cref="TestEncoder"/>, as the product indexes it.</summary>
    public static CorpusIndex IndexWithVectors => BundledWithVectors.Value;

    /// <summary>Indexes a corpus folder with its own lexicon file, as the product does.</summary>
    public static CorpusIndex Build(string directory)
    {
        var source = new FileCorpusSource();
        var lexicon = source.LoadLexiconAsync(directory).GetAwaiter().GetResult();
        var loaded = source.LoadAsync(directory).GetAwaiter().GetResult();
        return new CorpusIndexBuilder(Plain.With(lexicon.Groups)).Build(loaded, loaded.Fingerprint);
    }
}
