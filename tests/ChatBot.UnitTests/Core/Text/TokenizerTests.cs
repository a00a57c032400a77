using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Japan’s abduction issue", "japan abduction issue")]
    [InlineData("Kim Jong-il and Kim Jong Il", "kim jong il and kim jong il")]
    [InlineData("90.1 percent of 10,000 people", "90.1 percent of 10000 people")]
    [InlineData("visit the U.S. on April 17", "visit the us on april 17")]
    [InlineData("Tōkyō and ÉCOLE", "tokyo and ecole")]
    [InlineData("don't (Hughes, 2002, p.61).", "dont hughes 2002 p 61")]
    public void Tokenize_FoldsAndSplitsWords(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Tokenizer.Tokenize(text).Select(t => t.Folded)));
    }

    [Fact]
    public void Tokenize_OffsetsPointAtTheWordsInTheText()
    {
        const string text = "North Korea’s leader, Kim Jong-Un.";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var surface = text.Substring(token.Start, token.Length);
            Assert.StartsWith(surface[..1], surface);
            Assert.True(char.IsLetterOrDigit(surface[0]) && char.IsLetterOrDigit(surface[^1]), surface);
        }
    }
}
