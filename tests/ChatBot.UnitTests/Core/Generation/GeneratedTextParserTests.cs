using ChatBot.Core.Generation;

namespace ChatBot.UnitTests.Generation;

public sealed class GeneratedTextParserTests
{
    [Theory]
    [InlineData("North Korea admitted it [1].")]
    [InlineData("North Korea admitted it. [1]")]
    [InlineData("North Korea admitted it. [1].")]
    [InlineData("  North Korea admitted it [ 1 ]  ")]
    public void Parse_ReadsMarkerBeforeOrAfterTheFullStop(string text)
    {
        var sentence = Assert.Single(GeneratedTextParser.Parse(text));

        Assert.StartsWith("North Korea admitted it", sentence.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", sentence.Text, StringComparison.Ordinal);
        Assert.Equal([1], sentence.Citations);
    }

    [Fact]
    public void Parse_ReadsSeveralCitations_InBothForms()
    {
        var sentences = GeneratedTextParser.Parse("First claim [1][3]. Second claim [2, 4].");

        Assert.Equal([1, 3], sentences[0].Citations);
        Assert.Equal([2, 4], sentences[1].Citations);
        Assert.Equal("Second claim.", sentences[1].Text);
    }

    [Fact]
    public void Parse_LeavesSentencesUncited_WhenOneMarkerFollowsSeveralOrNoneFollows()
    {
        var sentences = GeneratedTextParser.Parse("An uncited claim. A cited claim [1]. A trailing claim.");

        Assert.Equal(["An uncited claim.", "A cited claim.", "A trailing claim."], sentences.Select(s => s.Text));
        Assert.Equal([0, 1, 0], sentences.Select(s => s.Citations.Count));
    }

    [Theory]
    [InlineData("A claim [1-3].")]
    [InlineData("A claim [a].")]
    [InlineData("A claim [1, x].")]
    public void Parse_KeepsMalformedMarkersAsZero_SoTheSentenceCannotPass(string text)
    {
        Assert.Contains(0, Assert.Single(GeneratedTextParser.Parse(text)).Citations);
    }

    [Fact]
    public void Parse_DropsReasoningBlocksAndBullets()
    {
        var sentences = GeneratedTextParser.Parse("<think>The user wants [9] facts.</think>\n- First claim [1].\n2. Second claim [2].");

        Assert.Equal(["First claim.", "Second claim."], sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("NOT_IN_SOURCES", true)]
    [InlineData("  NOT_IN_SOURCES\n", true)]
    [InlineData("The passages don't say. NOT_IN_SOURCES", true)]
    [InlineData("North Korea admitted it [1].", false)]
    public void IsNotInSources_RecognisesTheSentinel(string text, bool expected)
    {
        Assert.Equal(expected, GeneratedTextParser.IsNotInSources(text));
    }
}
