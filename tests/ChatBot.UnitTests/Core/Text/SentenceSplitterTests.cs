using ChatBot.Core.Text;

namespace ChatBot.UnitTests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Concern rose to 90.1 percent. It fell later.", 2)]
    [InlineData("See Hughes (2002, p.61). Few expected it.", 2)]
    [InlineData("Dr. Kim met Mr. Abe in the U.S. on Monday. They talked.", 2)]
    [InlineData("Boynton, R. S. (2015) North Korea’s Abduction Project. The New Yorker.", 2)]
    [InlineData("UNISCI discussion papers. no. 32.", 1)]
    [InlineData("He called it ‘an appalling incident … initiated by agents.’ Then he left.", 2)]
    [InlineData("Was it true? Nobody knew! Then came 2002.", 3)]
    [InlineData("Published 3. May 2023 by the centre.", 1)]
    public void Split_FindsSentenceBoundaries(string text, int expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);
    }

    [Fact]
    public void Split_SpansAreExactSubstrings()
    {
        const string text = "  First one.  Second one!\tThird? ";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToList();
        Assert.Equal(["First one.", "Second one!", "Third?"], sentences);
    }
}
