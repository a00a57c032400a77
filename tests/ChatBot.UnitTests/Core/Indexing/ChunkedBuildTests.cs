using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// The build keeps passages' terms, positions and weights in shared chunks (<see cref="ChunkPool{T}"/>): a passage
/// longer than a chunk, and passages with no terms between others, must read back every token as it was analysed.
/// </summary>
public sealed class ChunkedBuildTests
{
    private const string Letters = "bcdfghjklmnpqrtvwxz";

    [Fact]
    public void APassageLongerThanAChunk_KeepsEveryTokenAndWeight()
    {
        var articles = new List<Article> { Wide(0, 0, 300), Wide(1, 0, 200_000), Wide(2, 500, 300), Stopwords(3) };

        var one = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 1 }.Build(articles);
        var many = new IndexBuilder(TestCorpus.Analyzer) { MaxDegreeOfParallelism = 4 }.Build(articles);

        var index = one.Index;
        var longest = one.Passages.Single(p => p.ArticleId == "wide-1");
        Assert.Equal(Enumerable.Range(0, 200_000).Select(w => Word(w % 100_000)), index.PassageTerms(longest.Ordinal).ToArray().Select(index.Term));
        Assert.Equal(Enumerable.Range(0, 200_000), index.PassagePositions(longest.Ordinal).ToArray());
        foreach (var (id, first) in new[] { ("wide-0", 0), ("wide-2", 500) })
        {
            var passage = one.Passages.Single(p => p.ArticleId == id).Ordinal;
            Assert.Equal(Enumerable.Range(first, 300).Select(Word), index.PassageTerms(passage).ToArray().Select(index.Term));
        }

        Assert.Contains(one.Passages, p => p.ArticleId == "wide-3" && index.PassageTerms(p.Ordinal).ToArray().Length == 0);
        Assert.Equal(one.Index.Arrays.PostingWeights.ToArray().Select(BitConverter.SingleToInt32Bits), many.Index.Arrays.PostingWeights.ToArray().Select(BitConverter.SingleToInt32Bits));
        Assert.Equal(one.Index.Arrays.TokenTerms.ToArray(), many.Index.Arrays.TokenTerms.ToArray());
        Assert.Equal(one.Index.Arrays.PostingPassages, many.Index.Arrays.PostingPassages);
    }

    private static Article Wide(int number, int first, int count)
    {
        var text = new StringBuilder();
        for (var w = first; w < first + count; w++)
        {
            text.Append(Word(w % 100_000)).Append(' ');
        }

        var metadata = new ArticleMetadata { Title = "Wide", Language = "en" };
        return ArticleAssembler.Assemble($"wide-{number}", metadata, [new ArticleBlock(BlockKind.Paragraph, text.ToString().Trim())]);
    }

    private static Article Stopwords(int number)
    {
        var metadata = new ArticleMetadata { Title = "The", Language = "en" };
        return ArticleAssembler.Assemble($"wide-{number}", metadata, [new ArticleBlock(BlockKind.Paragraph, "It is the one and the other."), new ArticleBlock(BlockKind.Paragraph, "Of the.")]);
    }

    private static string Word(int number)
    {
        var word = new StringBuilder("q");
        for (var k = 0; k < 4; k++, number /= Letters.Length)
        {
            word.Append(Letters[number % Letters.Length]);
        }

        return word.ToString();
    }
}
