using System.Globalization;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Search;

/// <summary>
/// A passage match read from the words re-scoring marked equals, field for field and to the bit, the match that walks
/// every word; and a walk is only used for the search, index and plan it was made in.
/// </summary>
public sealed class PassageWalksTests
{
    [Fact]
    public void MatchFromTheWalk_EqualsTheFullMatch_OnEveryPassageOfTheBundledCorpus()
    {
        var questions = EvaluationSet.Load("dev").Select(q => q.Question).Take(25).ToList();
        var (numbers, _) = EveryPassage(TestCorpus.Index, questions);
        Assert.True(numbers > 50, $"only {numbers} sentences had a number near a match");
    }

    [Fact]
    public void MatchFromTheWalk_EqualsTheFullMatch_WithSentencesOfStopwordsAndNumbers()
    {
        var random = new Random(16);
        string[] words = ["talks", "summit", "families", "returned", "envoy", "2002", "five", "13", "it", "was", "so", "and", "the"];
        string[] empty = ["It was so.", "And so it was.", "It is."];
        var articles = new List<Article>();
        for (var a = 0; a < 40; a++)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, random.Next(2, 9)).Select(_ => random.Next(3) == 0
                ? empty[random.Next(empty.Length)]
                : string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)])) + "."));
            articles.Add(ArticleAssembler.Assemble($"a{a}", new ArticleMetadata { Title = $"Report {a}" }, [new ArticleBlock(BlockKind.Paragraph, paragraph)]));
        }

        var index = new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "walks");
        string[] questions = ["How many families returned in 2002?", "When did the envoy hold talks?", "Were five returned after the summit talks?", "summit summit envoy 13"];
        var (numbers, skipped) = EveryPassage(index, questions);
        Assert.True(numbers > 10, $"only {numbers} sentences had a number near a match");
        Assert.True(skipped > 10, $"only {skipped} sentences without indexed words before the last");
    }

    /// <summary>Every passage re-scored for each question, then matched from its walk and in full; numbers and skipped sentences seen.</summary>
    internal static (int Numbers, int Skipped) EveryPassage(CorpusIndex index, IEnumerable<string> questions)
    {
        var planner = new QueryPlanner(index.Index, index.Analyzer);
        var rescorer = new PassageRescorer();
        var (numbers, skipped) = (0, 0);
        foreach (var question in questions)
        {
            var kind = RuleBasedQuestionClassifier.Instance.Classify(question).Kind;
            var plan = planner.Plan(question, kind);
            var profile = QuestionProfile.For(plan, kind);
            var concepts = plan.Concepts.Take(64).ToList();
            rescorer.Begin(index.Index, concepts);
            for (var p = 0; p < index.Index.PassageCount; p++)
            {
                rescorer.Score(index.Index, p, concepts, AnswerFeatureDetector.Required(plan.Kind), SearchOptions.Default);
            }

            var walked = new WalkedPassages(rescorer.Walks, rescorer.Walks.Generation, index.Index, plan);
            rescorer.End();
            for (var p = 0; p < index.Index.PassageCount; p++)
            {
                Assert.True(walked.TryFind(index.Index, plan, p, out _), $"passage {p} was walked");
                var expected = PassageMatch.Compute(index.Index, p, profile);
                skipped += expected.Sentences.SkipLast(1).Count(s => s.ContentTokens == 0);
                Assert.Equal(Describe(expected), Describe(PassageMatch.Compute(index.Index, p, profile, walked)));
                numbers += expected.Sentences.Count(s => s.NumberNearMatch > 0);
            }
        }

        return (numbers, skipped);
    }

    [Fact]
    public void MatchFromTheSearch_EqualsTheFullMatch_ForEveryHitOfAGeneratedCorpus()
    {
        var index = TestCorpus.Synthetic;
        var context = RetrievalContext.For(index);
        var found = 0;
        foreach (var query in SyntheticCorpus.Queries(120, seed: 31))
        {
            var kind = RuleBasedQuestionClassifier.Instance.Classify(query).Kind;
            var plan = context.Planner.Plan(query, kind);
            var profile = QuestionProfile.For(plan, kind);
            var hits = context.Searcher.Search(plan, 24, out var walked);
            foreach (var hit in hits)
            {
                Assert.True(walked.TryFind(index.Index, plan, hit.Passage.Ordinal, out _), "every kept hit was re-scored");
                var expected = PassageMatch.Compute(index.Index, hit.Passage.Ordinal, profile);
                Assert.Equal(Describe(expected), Describe(PassageMatch.Compute(index.Index, hit.Passage.Ordinal, profile, walked)));
                found++;
            }
        }

        Assert.True(found > 1000, $"only {found} hits");
    }

    [Fact]
    public void Walk_IsNotFound_AfterTheNextSearch_OrForAnotherPlanOrIndex()
    {
        var index = TestCorpus.Index;
        var context = RetrievalContext.For(index);
        var first = context.Planner.Plan("When were the abductees returned to Japan?", QuestionKind.Date);
        var second = context.Planner.Plan("Who negotiated with North Korea?", QuestionKind.Person);
        var hits = context.Searcher.Search(first, 10, out var walked);
        var passage = hits[0].Passage.Ordinal;
        Assert.True(walked.TryFind(index.Index, first, passage, out var marks));
        Assert.NotEqual(0, marks.Length);
        Assert.False(walked.TryFind(index.Index, first with { }, passage, out _));
        Assert.False(walked.TryFind(TestCorpus.Synthetic.Index, first, passage, out _));

        var later = context.Searcher.Search(second, 10, out var next);
        Assert.False(walked.TryFind(index.Index, first, passage, out _));
        Assert.True(next.TryFind(index.Index, second, later[0].Passage.Ordinal, out _));

        // A stale walk falls back to reading every word: the match is still the full one.
        var profile = QuestionProfile.For(first, QuestionKind.Date);
        Assert.Equal(Describe(PassageMatch.Compute(index.Index, passage, profile)), Describe(PassageMatch.Compute(index.Index, passage, profile, walked)));
        Assert.False(default(WalkedPassages).TryFind(index.Index, first, passage, out _));
    }

    [Fact]
    public void Walks_KeepEachPassagesMarks_AcrossGrowth_AndForgetThemOnBegin()
    {
        var walks = new PassageWalks();
        walks.Begin();
        for (var p = 0; p < 200; p++)
        {
            walks.Open(p, words: 40);
            for (var w = 0; w < p % 7; w++)
            {
                walks.Mark((w * 5) + p);
            }

            walks.Close();
        }

        // Walked again in the same generation: the first record stays.
        walks.Open(3, words: 40);
        walks.Mark(39);
        walks.Close();
        for (var p = 0; p < 200; p++)
        {
            Assert.True(walks.TryFind(p, out var marks));
            Assert.Equal(Enumerable.Range(0, p % 7).Select(w => (w * 5) + p), marks.ToArray());
        }

        Assert.False(walks.TryFind(200, out _));
        walks.Begin();
        Assert.False(walks.TryFind(3, out _));
    }

    internal static string Describe(PassageMatch match) =>
        string.Join(" | ", match.Sentences.Append(match.Whole).Select(Describe));

    private static string Describe(SentenceMatch m) => string.Join(' ', new object[]
    {
        m.Mask, Bits(m.Coverage), Bits(m.EvidenceCoverage), Bits(m.ExactPairs), Bits(m.NearPairs), Bits(m.Chain), Bits(m.Density),
        m.Words, m.ContentTokens, m.MatchedTokens, Bits(m.NumberNearMatch), Bits(m.Bm25), m.FirstPosition,
    }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);
}
