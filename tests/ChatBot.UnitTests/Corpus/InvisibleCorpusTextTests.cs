using ChatBot.Core.Text;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Corpus;

/// <summary>
/// Bidi controls and zero-width characters in an article are dropped when it is loaded, so the text the engine holds
/// — and every quote cut from it — is clean. (That answers quote it verbatim is checked end to end in
/// <c>InvisibleCharacterAnswerTests</c>.)
/// </summary>
public sealed class InvisibleCorpusTextTests
{
    private const string Hidden = "\u202E\u202C\u200C\u200D\u2060\u2066\u2069\u200E\u00AD";

    [Fact]
    public void AnArticleWithBidiAndZeroWidthCharacters_IsStoredClean()
    {
        using var corpus = new TempCorpus().With("ferry.md", Article);

        var article = Assert.Single(TestCorpus.Build(corpus.Directory).Articles);

        foreach (var text in new[] { article.Text, article.Title, article.Author!, article.Tags[0] })
        {
            Assert.DoesNotContain(text, c => InvisibleCharacters.IsInvisible(c));
        }

        Assert.Contains("The Hamarikawa ferry sailed to Niigata in 1978 with forty passengers aboard.", article.Text, StringComparison.Ordinal);
        Assert.Equal(("The Hamarikawa ferry", "A. Writer", "ferry"), (article.Title, article.Author, article.Tags[0]));
    }

    /// <summary>An article with invisible characters inside its title, author, tags and sentences.</summary>
    private static string Article =>
        $"---\ntitle: \"The Hamarikawa{Hidden} ferry\"\nauthor: \"A.{Hidden} Writer\"\ntags: [\"fer\u200Dry\"]\n---\n\n"
        + "The Hamarikawa ferry sai\u202Eled to Niigata in 1978 with forty\u2060 passengers ab\u200Coard.\n\nThe crew kept a log of every cros\u2066sing.\n";
}
