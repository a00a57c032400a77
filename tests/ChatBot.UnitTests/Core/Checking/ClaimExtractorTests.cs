using ChatBot.Core.Checking;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Checking;

public sealed class ClaimExtractorTests
{
    private static IReadOnlyList<string> Extract(string message, int max = 3) =>
        ClaimExtractor.Extract(MessageCleaner.Clean(message), TestCorpus.Analyzer, t => TestCorpus.Index.Index.TermId(t) >= 0, max);

    [Fact]
    public void Extract_LeavesOutChatterAndKeepsTheStatement()
    {
        Assert.Equal(["North Korea admitted to abducting 13 Japanese nationals in 2002."], Extract("lol ok. North Korea admitted to abducting 13 Japanese nationals in 2002. Crazy, right?"));
    }

    [Fact]
    public void Extract_PrefersSentencesWithFacts_AndKeepsTheirOrder()
    {
        var message = "I have been reading about this for a while now. Five abductees returned to Japan in October 2002. "
            + "People in the group talk about it a lot. North Korea opened an investigation in 2014. Families are still waiting for news today. "
            + "Up to 500 South Koreans were kidnapped.";

        Assert.Equal(
            ["Five abductees returned to Japan in October 2002.", "North Korea opened an investigation in 2014.", "Up to 500 South Koreans were kidnapped."],
            Extract(message));
    }

    [Fact]
    public void Extract_TakesAtMostTheGivenNumber_AndEachLineSeparately()
    {
        var message = "North Korea admitted the abductions\nFive abductees returned to Japan\nKim Jong Un ordered agencies not to negotiate\nJapan eased sanctions in 2014";

        Assert.Equal(2, Extract(message, 2).Count);
        Assert.Equal(4, Extract(message, 5).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("what? why?")]
    public void Extract_FindsNothingInAMessageWithoutContent(string message) => Assert.Empty(Extract(message));
}
