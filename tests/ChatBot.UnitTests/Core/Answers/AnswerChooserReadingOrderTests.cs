using ChatBot.Core.Answers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Answers;

public sealed class AnswerChooserReadingOrderTests
{
    [Fact]
    public void ReadingOrder_IsThePrimarysArticleFirst_ThenTheOthersAsTheyFirstAppear_EachInTextOrder()
    {
        var random = new Random(16);
        for (var round = 0; round < 500; round++)
        {
            // Few articles and few starts: most rounds mix articles and repeat starts, which only a stable order keeps.
            var chosen = new List<ChosenSentence>();
            for (var i = random.Next(1, 9); i > 0; i--)
            {
                chosen.Add(Sentence($"a{random.Next(4)}", random.Next(5)));
            }

            var primary = chosen[random.Next(chosen.Count)];
            List<ChosenSentence> expected = [.. chosen
                .GroupBy(c => c.Passage.ArticleId)
                .OrderBy(g => g.Key == primary.Passage.ArticleId ? 0 : 1)
                .SelectMany(g => g.OrderBy(c => c.Span.Start))];

            var order = AnswerChooser.ReadingOrder(chosen, primary);

            Assert.Equal(expected.Count, order.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], order[i]);
            }
        }
    }

    private static ChosenSentence Sentence(string article, int start)
    {
        var passage = new Passage
        {
            Ordinal = 0, Id = article + "#p1", ArticleId = article, ArticleOrdinal = 0, BlockIndex = 0, Kind = BlockKind.Paragraph,
            Start = 0, Length = 100, Sentences = [],
        };
        return new ChosenSentence(passage, 0, new TextSpan(start, 1), "x");
    }
}
