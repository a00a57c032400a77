using ChatBot.Core.Indexing;
using ChatBot.Core.Search;
using ChatBot.Core.Questions;
using ChatBot.Corpus;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Corpus;

public sealed class LexiconFileTests
{
    private const string Article = "---\ntitle: Test\n---\n\nThe DPRK admitted the kidnapping of thirteen people in 2002.\n";

    [Fact]
    public async Task Load_ReadsTheAliasGroups()
    {
        using var corpus = new TempCorpus().With("lexicon.yaml", "# comment\naliases:\n  - \"north korea | dprk\"\n  - abduct | kidnap\n");

        var lexicon = await LexiconFile.LoadAsync(corpus.Directory);

        Assert.Equal(["north korea | dprk", "abduct | kidnap"], lexicon.Groups);
        Assert.Empty(lexicon.Problems);
    }

    [Fact]
    public async Task Load_IsEmpty_WithoutAFile_OrWithAnEmptyList()
    {
        using var none = new TempCorpus();
        using var empty = new TempCorpus().With("lexicon.yaml", "aliases:\n");

        Assert.Empty((await LexiconFile.LoadAsync(none.Directory)).Groups);
        Assert.Empty((await LexiconFile.LoadAsync(empty.Directory)).Groups);
        Assert.Empty((await LexiconFile.LoadAsync(empty.Directory)).Problems);
    }

    [Theory]
    [InlineData("aliases:\n  - \"north korea | dprk\n", "line")]
    [InlineData("aliases: north korea | dprk\n", "must be a list")]
    [InlineData("synonyms:\n  - a | b\n", "unknown key 'synonyms'")]
    [InlineData("aliases:\n  - just one word\n", "separated by '|'")]
    public async Task Load_ReportsABrokenFile_ByLine_AndIgnoresIt(string content, string reason)
    {
        using var corpus = new TempCorpus().With("lexicon.yaml", content);

        var lexicon = await LexiconFile.LoadAsync(corpus.Directory);

        Assert.Empty(lexicon.Groups);
        var problem = Assert.Single(lexicon.Problems);
        Assert.Equal("lexicon.yaml", problem.Path);
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public async Task TheLexicon_IsPartOfTheFingerprint_AndIsNotLoadedAsAnArticle()
    {
        using var corpus = new TempCorpus().With("a.md", Article);
        var source = new FileCorpusSource();
        var without = await source.ComputeFingerprintAsync(corpus.Directory);
        corpus.With("lexicon.yaml", "aliases:\n  - north korea | dprk\n");

        Assert.NotEqual(without, await source.ComputeFingerprintAsync(corpus.Directory));
        Assert.Equal(await source.ComputeFingerprintAsync(corpus.Directory), (await source.LoadAsync(corpus.Directory)).Fingerprint);
        Assert.Single((await source.LoadAsync(corpus.Directory)).Articles);
    }

    [Fact]
    public async Task TheIndex_MatchesAliasesOnlyWhenTheCorpusLexiconHasThem()
    {
        using var corpus = new TempCorpus().With("a.md", Article);
        var loader = new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain);
        var plain = (await loader.LoadAsync(corpus.Directory)).Index;
        corpus.With("lexicon.yaml", "aliases:\n  - north korea | dprk\n");
        var withLexicon = (await loader.LoadAsync(corpus.Directory)).Index;

        Assert.DoesNotContain(Plan(plain, "What did North Korea admit?").Concepts, c => c.Text == "north korea" && c.IsKnown);
        Assert.Contains(Plan(withLexicon, "What did North Korea admit?").Concepts, c => c.Text == "north korea" && c.IsKnown);
    }

    [Fact]
    public async Task ABrokenLexicon_IsReportedWithTheCorpus_AndTheArticlesStillLoad()
    {
        using var corpus = new TempCorpus().With("a.md", Article).With("lexicon.yaml", "aliases: [unclosed\n");

        var load = await new CorpusIndexLoader(new FileCorpusSource(), TestCorpus.Plain).LoadAsync(corpus.Directory);

        Assert.Single(load.Index.Articles);
        Assert.Contains(load.Index.Rejected, r => r.Path == "lexicon.yaml" && r.Reason.StartsWith("lexicon ignored", StringComparison.Ordinal));
    }

    private static QueryPlan Plan(CorpusIndex index, string question) => RetrievalContext.For(index).Planner.Plan(question, QuestionKind.Description);
}
