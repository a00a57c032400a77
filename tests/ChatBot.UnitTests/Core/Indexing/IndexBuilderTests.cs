using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

public sealed class IndexBuilderTests
{
    /// <summary>
    /// Hashes recorded from the build as it was before indexing moved to the span tokenizer (commit afc564a): a faster
    /// build must produce the same index, term for term and weight for weight.
    /// </summary>
    [Theory]
    [InlineData("bundled", "D6ECE7ACA2EA5DD5C680EF9F2B4E0FCECA207FAABC7F3E5CEBCEB8C176964C78")]
    [InlineData("synthetic", "AF8DEF0CC3C9398FB71481B688E3ED29E238B59516FD71AF7C9082CE72F9E61D")]
    [InlineData("random", "8CF8C110F9E25FD7A36CE8FCB18824EBFEACE34DDF8D3E4DCC0B23CB3EEC05A7")]
    public void Build_ProducesTheRecordedIndex(string corpus, string expected)
    {
        var index = Build(corpus);

        Assert.Equal(expected, IndexFingerprint.Of(index));
    }

    internal static CorpusIndex Build(string corpus) => corpus switch
    {
        "bundled" => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(TestCorpus.Index.Articles, []), "bundled"),
        "synthetic" => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(300), []), "synthetic"),
        _ => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(RandomTextCorpus.Generate(60, seed: 3), []), "random"),
    };
}
