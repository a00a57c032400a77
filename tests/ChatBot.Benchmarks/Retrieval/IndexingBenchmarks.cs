using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.Benchmarks.Retrieval;

/// <summary>
/// Building the whole index (passages, postings, answer features, timeline) of 10,000 articles from memory, and
/// of the bundled corpus. The generation of the articles is not timed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class IndexingBenchmarks
{
    private CorpusLoadResult synthetic = null!;
    private CorpusLoadResult bundled = null!;

    [GlobalSetup]
    public void Setup()
    {
        synthetic = new CorpusLoadResult(SyntheticCorpusFixture.Corpus, []);
        bundled = new CorpusLoadResult(TestCorpus.Index.Articles, []);
    }

    [Benchmark]
    public int Index10000Articles() => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(synthetic, "synthetic").Passages.Count;

    [Benchmark]
    public int IndexBundledCorpus() => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(bundled, "bundled").Passages.Count;
}
