using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// A passage's terms and positions are kept two or one bytes wide while they fit, four bytes otherwise: an index with
/// more than 65,536 terms, and passages of more than 255 words, must read back every token as it was analysed.
/// </summary>
public sealed class TokenStreamWidthTests : IDisposable
{
    // Consonants only (no "s" or "y"), so the stemmer leaves every made-up word as it is and each is a term of its own.
    private const string Letters = "bcdfghjklmnpqrtvwxz";

    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-width-").FullName;

    private static readonly Lazy<CorpusIndex> Wide = new(() =>
        new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult([Article(0, 0, 36_000), Article(1, 36_000, 36_000), Article(2, 0, 300)], []), "wide"));

    [Fact]
    public void TheBundledCorpus_KeepsNarrowTerms_AndPositions()
    {
        var arrays = TestCorpus.Index.Index.Arrays;

        Assert.Equal(2, arrays.TokenTerms.Width);
        Assert.True(arrays.TokenPositions.Width <= 2);
    }

    [Fact]
    public void AVocabularyPastTwoBytes_KeepsTermsWide_AndEveryTokenAsWritten()
    {
        var index = Wide.Value;
        var arrays = index.Index.Arrays;

        Assert.True(index.Index.TermCount > 72_000);
        Assert.Equal(4, arrays.TokenTerms.Width);
        Assert.Equal(2, arrays.TokenPositions.Width);
        foreach (var (passage, first, count) in Passages(index))
        {
            var terms = index.Index.PassageTerms(passage);
            var positions = index.Index.PassagePositions(passage);
            Assert.Equal(Enumerable.Range(first, count).Select(Word), terms.ToArray().Select(index.Index.Term));
            Assert.Equal(Enumerable.Range(0, count), positions.ToArray());
        }
    }

    [Fact]
    public void AWideIndex_RoundTripsThroughASnapshot_AndFindsItsLastTerms()
    {
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(Wide.Value));
        var loaded = store.TryLoad("wide", TestCorpus.Plain);

        Assert.NotNull(loaded);
        Assert.Equal(Wide.Value.Index.Arrays.TokenTerms.ToArray(), loaded.Index.Arrays.TokenTerms.ToArray());
        Assert.Equal(Wide.Value.Index.Arrays.TokenPositions.ToArray(), loaded.Index.Arrays.TokenPositions.ToArray());
        Assert.Equal(4, loaded.Index.Arrays.TokenTerms.Width);

        // Term numbers above 65,535 (the second article's words) are the ones a two-byte store would have cut short.
        var question = $"{Word(71_990)} {Word(71_991)}";
        Assert.True(loaded.Index.TermId(Word(71_990)) > ushort.MaxValue);
        var hits = Search(loaded, question);
        Assert.Equal("wide-1", Assert.Single(hits).Passage.ArticleId);
        Assert.True(hits[0].Score > 0);
        Assert.Equal(hits.Select(h => (h.Passage.Id, h.Score)), Search(Wide.Value, question).Select(h => (h.Passage.Id, h.Score)));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static IReadOnlyList<SearchHit> Search(CorpusIndex index, string question)
    {
        var context = RetrievalContext.For(index);
        return context.Searcher.Search(context.Planner.Plan(question, RuleBasedQuestionClassifier.Instance.Classify(question).Kind), 5);
    }

    /// <summary>Each passage of the wide corpus with the first word number it holds and its length.</summary>
    private static IEnumerable<(int Passage, int First, int Count)> Passages(CorpusIndex index) =>
        index.Passages.Select(p => (p.Ordinal, p.ArticleId == "wide-1" ? 36_000 : 0, p.ArticleId == "wide-2" ? 300 : 36_000));

    private static Article Article(int number, int first, int count)
    {
        var text = new StringBuilder();
        for (var w = first; w < first + count; w++)
        {
            text.Append(Word(w)).Append(' ');
        }

        var metadata = new ArticleMetadata { Title = "Wide", Language = "en" };
        return ArticleAssembler.Assemble($"wide-{number}", metadata, [new ArticleBlock(BlockKind.Paragraph, text.ToString().Trim())]);
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
