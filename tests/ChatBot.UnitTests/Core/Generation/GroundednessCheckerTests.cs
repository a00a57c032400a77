using ChatBot.Core.Generation;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Generation;

public sealed class GroundednessCheckerTests
{
    private static readonly List<NumberedPassage> Given = CorpusPassages.Numbered(
        "abduction of 13 Japanese nationals",
        "On October 15, 2002",
        "up to 500 South Koreans",
        "Seoul has been handling the issue",
        "Prior to 2002");

    [Theory]
    [InlineData("North Korea admitted to abducting 13 Japanese nationals [1].")]
    [InlineData("According to the article, North Korea admitted the abduction of 13 Japanese nationals, eight of whom were dead. [1]")]
    [InlineData("On October 15, 2002, North Korea allowed the five abductees to return home to Japan [2].")]
    [InlineData("Up to 500 South Koreans are believed to have been kidnapped by North Korea since the end of the Korean War in 1953 [3].")]
    [InlineData("Before 2002, the abductions were labelled a conspiracy theory by the Kim regime [5].")]
    public void Check_KeepsAFaithfulSentence(string text)
    {
        Assert.Equal(GroundednessVerdict.Supported, Check(text).Verdict);
    }

    [Theory]
    [InlineData("North Korea admitted to abducting 17 Japanese nationals [1].", GroundednessVerdict.MissingNumber)]
    [InlineData("North Korea admitted to abducting twelve Japanese nationals [1].", GroundednessVerdict.MissingNumber)]
    [InlineData("South Korea admitted to abducting 13 Japanese nationals [1].", GroundednessVerdict.MissingName)]
    [InlineData("North Korea admitted to Koizumi that it abducted 13 Japanese nationals [1].", GroundednessVerdict.Supported)]
    [InlineData("North Korea admitted to Abe that it abducted 13 Japanese nationals [1].", GroundednessVerdict.MissingName)]
    [InlineData("On October 15, 2003, North Korea allowed the five abductees to return home to Japan [2].", GroundednessVerdict.MissingDate)]
    [InlineData("On November 15, 2002, North Korea allowed the five abductees to return home to Japan [2].", GroundednessVerdict.MissingDate)]
    [InlineData("In 2002, the abductions were labelled a conspiracy theory by the Kim regime [5].", GroundednessVerdict.MissingDate)]
    [InlineData("North Korea did not admit to abducting 13 Japanese nationals [1].", GroundednessVerdict.Polarity)]
    [InlineData("Up to 500 South Koreans have been kidnapped by North Korea since the end of the Korean War in 1953 [3].", GroundednessVerdict.DroppedHedge)]
    [InlineData("North Korea admitted to abducting 13 Japanese nationals [7].", GroundednessVerdict.UnknownCitation)]
    [InlineData("North Korea admitted to abducting 13 Japanese nationals.", GroundednessVerdict.NoCitation)]
    [InlineData("North Korea cruelly admitted abducting 13 Japanese nationals in a shameful, cowardly confession [1].", GroundednessVerdict.LowOverlap)]
    [InlineData("The families were later paid generous compensation [1].", GroundednessVerdict.LowOverlap)]
    [InlineData("North Korea admitted to abducting 13 Japanese nationals [1][4].", GroundednessVerdict.UnrelatedCitation)]
    [InlineData("It is so [1].", GroundednessVerdict.NoContent)]
    public void Check_GivesTheVerdict(string text, GroundednessVerdict expected)
    {
        Assert.Equal(expected, Check(text).Verdict);
    }

    [Fact]
    public void Check_SupportsWithTheSentencesThatHoldTheFacts_AsVerbatimArticleText()
    {
        var result = Check("North Korea admitted to abducting 13 Japanese nationals, eight of whom were dead [1].");

        var window = Assert.Single(result.Support);
        var quote = TestCorpus.Index.ArticleOf(window.Passage).Text[window.Start..window.End];
        Assert.StartsWith("North Korea admitted to the abduction of 13 Japanese nationals", quote, StringComparison.Ordinal);
        Assert.Equal(window.FirstSentence, window.LastSentence);
    }

    [Fact]
    public void Check_ReachesIntoTheNextSentence_WhenTheFactsSpanTwo()
    {
        var result = Check("North Korea admitted to abducting 13 Japanese nationals, and Hitomi Soga disappeared in August 1978 [1].");

        var window = Assert.Single(result.Support);
        Assert.Equal(window.FirstSentence + 1, window.LastSentence);
    }

    private static CheckedSentence Check(string text) =>
        new GroundednessChecker(TestCorpus.Analyzer).Check(GeneratedTextParser.Parse(text), Given, TestCorpus.Index)[0];
}
