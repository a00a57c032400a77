using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Corpus;

/// <summary>
/// Bidi controls and zero-width characters in an article never reach a reply: they are dropped when the article is
/// loaded, so the text the engine holds is clean and every quote cut from it is both clean and verbatim.
/// </summary>
public sealed class InvisibleCorpusTextTests
{
    private const string Hidden = "\u202E\u202C\u200C\u200D\u2060\u2066\u2069\u200E\u00AD";

    [Fact]
    public async Task AnArticleWithBidiAndZeroWidthCharacters_IsStoredClean_AndQuotedVerbatim()
    {
        using var corpus = new TempCorpus().With("ferry.md",
            $"---\ntitle: \"The Hamarikawa{Hidden} ferry\"\nauthor: \"A.{Hidden} Writer\"\ntags: [\"fer\u200Dry\"]\n---\n\n"
            + $"The Hamarikawa ferry sai\u202Eled to Niigata in 1978 with forty\u2060 passengers ab\u200Coard.\n\nThe crew kept a log of every cros\u2066sing.\n");
        var index = TestCorpus.Build(corpus.Directory);
        var article = Assert.Single(index.Articles);

        foreach (var text in new[] { article.Text, article.Title, article.Author!, article.Tags[0] })
        {
            Assert.DoesNotContain(text, c => InvisibleCharacters.IsInvisible(c));
        }

        Assert.Contains("sailed to Niigata in 1978 with forty passengers aboard.", article.Text, StringComparison.Ordinal);
        Assert.Equal("The Hamarikawa ferry", article.Title);

        var engine = new AnswerEngine(new CorpusIndexHolder(index), TestCorpus.Analyzer, RuleBasedQuestionClassifier.Instance);
        var answer = engine.Answer(QuestionSanitizer.Sanitize("When did the Hamarikawa ferry sail to Niigata?").Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain(answer.Answer, c => InvisibleCharacters.IsInvisible(c));
        Assert.All(answer.Citations, citation =>
        {
            Assert.DoesNotContain(citation.Quote, c => InvisibleCharacters.IsInvisible(c));
            Assert.Contains(citation.Quote, article.Text, StringComparison.Ordinal);
        });
    }
}
