using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Indexing;

/// <summary>One article whose text runs into a defect of the analysis is left out and reported; the rest is indexed.</summary>
public sealed class CorpusIndexBuilderTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.Create(new PoisonedStemmer());

    [Fact]
    public void AnArticleThatMakesTheBuildFail_IsLeftOutAndReported_AndTheRestIsIndexed()
    {
        var loaded = new CorpusLoadResult([Article("a", "The summit was held in Pyongyang in 2002."), Article("b", "A poisonword in the middle."), Article("c", "The families waited for news in 2004.")], [new RejectedFile("d.md", "no title")]);

        var index = new CorpusIndexBuilder(Analyzer).Build(loaded, "f");

        Assert.Equal(["a", "c"], index.Articles.Select(a => a.Id));
        Assert.Equal(["d.md", "b"], index.Rejected.Select(r => r.Path));
        Assert.StartsWith("could not be indexed (InvalidOperationException)", index.Rejected[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', index.Rejected[1].Reason);
        Assert.Contains(index.Timeline, e => e.Date.Start.Year == 2004);
        var plan = new QueryPlanner(index.Index, index.Analyzer).Plan("When did the families wait for news?", QuestionKind.Date);
        var hit = Assert.Single(new Searcher(index).Search(plan, 1));
        Assert.Equal("c", index.ArticleOf(hit.Passage).Id);
    }

    [Fact]
    public void AHealthyCorpus_RejectsNothing()
    {
        var index = new CorpusIndexBuilder(Analyzer).Build(new CorpusLoadResult([Article("a", "The summit was held in Pyongyang in 2002.")], []), "f");

        Assert.Single(index.Articles);
        Assert.Empty(index.Rejected);
    }

    [Fact]
    public void ACorpusWhoseEveryArticleFails_IsAnEmptyIndex_WithEachReported()
    {
        var index = new CorpusIndexBuilder(Analyzer).Build(new CorpusLoadResult([Article("a", "poisonword"), Article("b", "Another poisonword.")], []), "f");

        Assert.Empty(index.Articles);
        Assert.Equal(["a", "b"], index.Rejected.Select(r => r.Path));
    }

    private static Article Article(string id, string paragraph) =>
        ArticleAssembler.Assemble(id, new ArticleMetadata { Title = $"Article {id}" }, [new ArticleBlock(BlockKind.Paragraph, paragraph)]);

    /// <summary>A stand-in for a defect in the analysis: it throws on one word, as the date patterns once did on a full-width year.</summary>
    private sealed class PoisonedStemmer : ITermStemmer
    {
        public string Stem(string word) => word == "poisonword" ? throw new InvalidOperationException("defect") : word;
    }
}
