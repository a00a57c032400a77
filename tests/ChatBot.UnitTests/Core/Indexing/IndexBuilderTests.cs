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

    /// <summary>Term numbers, and so every array, must not depend on which thread met a term first.</summary>
    [Fact]
    public void Build_GivesTheSameArrays_WhateverTheNumberOfThreads()
    {
        var articles = RandomTextCorpus.Generate(60, seed: 5).Concat(SyntheticCorpus.Generate(120)).ToList();

        var one = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 1 }.Build(articles).Index.Arrays;
        var many = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 8 }.Build(articles).Index.Arrays;

        Assert.Equal(one.Terms, many.Terms);
        Assert.Equal(one.DocFreq, many.DocFreq);
        Assert.Equal(one.PostingOffsets, many.PostingOffsets);
        Assert.Equal(one.PostingPassages, many.PostingPassages);
        Assert.Equal(one.PostingWeights.ToArray().Select(BitConverter.SingleToInt32Bits), many.PostingWeights.ToArray().Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(one.TokenOffsets, many.TokenOffsets);
        Assert.Equal((one.TokenTerms.Width, one.TokenPositions.Width), (many.TokenTerms.Width, many.TokenPositions.Width));
        Assert.Equal(one.TokenTerms.ToArray(), many.TokenTerms.ToArray());
        Assert.Equal(one.TokenPositions.ToArray(), many.TokenPositions.ToArray());
        Assert.Equal(one.SentenceStarts, many.SentenceStarts);
        Assert.Equal(one.SentenceFeatures, many.SentenceFeatures);
        Assert.Equal(one.Acronyms, many.Acronyms);
        Assert.Equal(one.SurfaceWords, many.SurfaceWords);
        Assert.Equal(one.SurfaceTerms, many.SurfaceTerms);
        Assert.Equal(one.SurfaceFrequencies, many.SurfaceFrequencies);
    }

    /// <summary>Terms are numbered in the order one reader meets them: the first article's title first.</summary>
    [Fact]
    public void Build_NumbersTermsInCorpusOrder()
    {
        var articles = SyntheticCorpus.Generate(40);

        var arrays = new IndexBuilder(TestCorpus.Analyzer).Build(articles).Index.Arrays;

        var titleTerms = TestCorpus.Analyzer.Analyze(articles[0].Title).Where(t => !t.IsStopword).Select(t => t.Term).Distinct().ToList();
        Assert.Equal(titleTerms, arrays.Terms.Take(titleTerms.Count));
    }

    internal static CorpusIndex Build(string corpus) => corpus switch
    {
        "bundled" => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(TestCorpus.Index.Articles, []), "bundled"),
        "synthetic" => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(SyntheticCorpus.Generate(300), []), "synthetic"),
        _ => new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(RandomTextCorpus.Generate(60, seed: 3), []), "random"),
    };
}
