using System.Text;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

public sealed class SearchEdgeTests
{
    private const string Letters = "bcdfghjklmnpqrtvwxz";

    private static string Word(int number)
    {
        var word = new StringBuilder("q");
        for (var k = 0; k < 4; k++, number /= Letters.Length)
        {
            word.Append(Letters[number % Letters.Length]);
        }

        return word.ToString();
    }

    private static Article Wide(int number, int first, int count)
    {
        var text = new StringBuilder();
        for (var w = first; w < first + count; w++)
        {
            text.Append(Word(w)).Append(w % 13 == 0 ? " 1999" : string.Empty).Append(w % 40 == 39 ? ". " : " ");
        }

        return ArticleAssembler.Assemble($"wide-{number}", new ArticleMetadata { Title = "Wide", Language = "en" }, [new ArticleBlock(BlockKind.Paragraph, text.ToString().Trim())]);
    }

    [Fact]
    public void WalkMatch_EqualsFullMatch_OnFourByteTerms_AndTheLastPassage()
    {
        var index = new CorpusIndexBuilder(TestCorpus.Plain).Build(new CorpusLoadResult([Wide(0, 0, 36_000), Wide(1, 36_000, 36_000), Wide(2, 71_700, 300)], []), "wide");
        Assert.Equal(4, index.Index.Arrays.TokenTerms.Width);
        string[] questions = [$"{Word(71_990)} {Word(71_991)} 1999", $"{Word(5)} {Word(71_800)} {Word(40_000)}", $"When was {Word(71_999)}?"];
        Compare(index, questions);
    }

    [Fact]
    public void WalkMatch_EqualsFullMatch_OnTinyCorpora()
    {
        var one = Build(["alpha beta. gamma 12 alpha."]);
        Compare(one, ["alpha gamma", "12 alpha", "the of and"]);
        var sparse = Build(["it was so.", "alpha. it was. beta 7.", "so it was. so. alpha alpha alpha."]);
        Compare(sparse, ["alpha beta", "7", "it was so"]);
    }

    [Fact]
    public void TermAtATime_EqualsExhaustive_OnTinyCorpora_AndLongQueries()
    {
        var sparse = Build(["it was so.", "alpha. it was. beta 7.", "so it was. so. alpha alpha alpha.", "beta gamma delta alpha."]);
        var planner = new QueryPlanner(sparse.Index, sparse.Analyzer);
        var longQuery = string.Join(' ', Enumerable.Repeat("alpha beta gamma delta epsilon 7", 30));
        foreach (var depth in new[] { 1, 2, 50 })
        {
            var options = new SearchOptions { RescoreDepth = depth };
            var taat = new Searcher(sparse, options) { TermAtATimeLimit = int.MaxValue };
            var exhaustive = new Searcher(sparse, options) { Exhaustive = true };
            foreach (var q in new[] { "alpha", "it was so", longQuery, "beta 7", "zzz" })
            {
                var plan = planner.Plan(q, QuestionKind.Description);
                foreach (var top in new[] { 1, 3, 100 })
                {
                    Assert.Equal(exhaustive.Search(plan, top).Select(Key), taat.Search(plan, top).Select(Key));
                }
            }
        }
    }

    [Fact]
    public void ManyThreads_GetTheHitsOneThreadGets()
    {
        var index = TestCorpus.Synthetic;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var plans = SyntheticCorpus.Queries(200, seed: 7).Select(q => planner.Plan(q, RuleBasedQuestionClassifier.Instance.Classify(q).Kind)).ToList();
        var searcher = new Searcher(index);
        var expected = plans.Select(p => string.Join(";", searcher.Search(p, 10).Select(Key))).ToArray();
        var shared = new Searcher(index);
        var actual = new string[plans.Count * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var plan = plans[i % plans.Count];
            var hits = shared.Search(plan, 10, out var walked);
            var profile = QuestionProfile.For(plan, plan.Kind);
            foreach (var hit in hits)
            {
                var p = hit.Passage.Ordinal;
                if (Describe(PassageMatch.Compute(index.Index, p, profile)) != Describe(PassageMatch.Compute(index.Index, p, profile, walked)))
                {
                    throw new InvalidOperationException($"walk differs for {p}");
                }
            }

            actual[i] = string.Join(";", hits.Select(Key));
        });
        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % plans.Count], actual[i]);
        }
    }

    [Fact]
    public void AHugeTop_ReturnsEveryHit()
    {
        var index = TestCorpus.Synthetic;
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var plan = planner.Plan(SyntheticCorpus.Queries(1, seed: 7).First(), QuestionKind.Description);
        var all = new Searcher(index).Search(plan, index.Index.PassageCount);
        Assert.Equal(all.Select(Key), new Searcher(index).Search(plan, int.MaxValue).Select(Key));
    }

    private static CorpusIndex Build(string[] paragraphs)
    {
        var articles = paragraphs.Select((text, a) => ArticleAssembler.Assemble($"t{a}", new ArticleMetadata { Title = $"T {a}" }, [new ArticleBlock(BlockKind.Paragraph, text)])).ToList();
        return new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "tiny" + paragraphs.Length);
    }

    // Every passage walked and matched both ways, as PassageWalksTests does for the bundled and generated corpora.
    private static void Compare(CorpusIndex index, IEnumerable<string> questions) => _ = PassageWalksTests.EveryPassage(index, questions);

    private static (int Passage, float Score, ulong Mask) Key(SearchHit hit) => (hit.Passage.Ordinal, hit.Score, hit.MatchedConcepts);

    private static string Describe(PassageMatch match) => PassageWalksTests.Describe(match);
}
