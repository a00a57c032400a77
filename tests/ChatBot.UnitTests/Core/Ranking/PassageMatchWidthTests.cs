using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Search;

namespace ChatBot.UnitTests.Ranking;

/// <summary>
/// A match read from a walk finds each sentence's first word by a search over the positions as stored: one byte, two or
/// four a position, whichever the index's longest passage needs. Every width must find the words the full match counts.
/// </summary>
public sealed class PassageMatchWidthTests
{
    [Theory]
    [InlineData(300, 2)]
    [InlineData(70_000, 4)]
    public void MatchFromTheWalk_EqualsTheFullMatch_WhenOneLongSentenceWidensEveryPosition(int longest, int width) =>
        AssertWalkMatchesFull(longest, width, string.Empty);

    /// <summary>
    /// A one-word sentence right after a long one starts at the largest position its width holds (255, 65,535) or just
    /// past it: the search for its first word runs up to the width's maximum, and a bound one short of it would count
    /// the last sentence's word in the one before. The long sentence's words are joined by hyphens: the passage builder
    /// counts them as one word (and so keeps both sentences in one passage), the tokenizer as many.
    /// </summary>
    [Theory]
    [InlineData(255, 1)]
    [InlineData(256, 2)]
    [InlineData(65_535, 2)]
    [InlineData(65_536, 4)]
    public void MatchFromTheWalk_EqualsTheFullMatch_WhenASentenceStartsAtTheTopOfItsWidth(int start, int width) =>
        AssertWalkMatchesFull(start, width, " Summit.", '-');

    private static void AssertWalkMatchesFull(int longest, int width, string after, char between = ' ')
    {
        var random = new Random(longest);
        string[] words = ["talks", "summit", "families", "returned", "envoy", "2002", "five", "13", "it", "was", "so", "and", "the"];
        string Words(int count, char separator = ' ') => string.Join(separator, Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
        var articles = new List<Article>
        {
            // One sentence, no stop inside it: its passage's positions run past what the narrower width holds.
            ArticleAssembler.Assemble("long", new ArticleMetadata { Title = "Long" }, [new ArticleBlock(BlockKind.Paragraph, Words(longest - 1, between) + between + "talks." + after)]),
        };
        for (var a = 0; a < 40; a++)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, random.Next(2, 9)).Select(_ => Words(random.Next(1, 14)) + "."));
            articles.Add(ArticleAssembler.Assemble($"a{a}", new ArticleMetadata { Title = $"Report {a}" }, [new ArticleBlock(BlockKind.Paragraph, paragraph)]));
        }

        var index = new CorpusIndexBuilder(TestCorpus.Analyzer).Build(new CorpusLoadResult(articles, []), "widths");
        Assert.Equal(width, index.Index.PassagePositions(0).Width);
        if (after.Length > 0)
        {
            Assert.Equal([0, longest], index.Index.SentenceStarts(0).ToArray());
        }

        string[] questions = ["How many families returned in 2002?", "When did the envoy hold talks?", "Were five returned after the summit talks?", "summit summit envoy 13"];
        var (numbers, _) = PassageWalksTests.EveryPassage(index, questions);
        Assert.True(numbers > 10, $"only {numbers} sentences had a number near a match");
    }
}
