using ChatBot.Slack.Handling;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackTimelinePictureParserTests
{
    [Theory]
    [InlineData("picture")]
    [InlineData("PICTURE")]
    [InlineData("picture from:1977 to:2002")]
    [InlineData("from:1977 to:2002 picture")]
    [InlineData("from:1977 --picture to:2002")]
    [InlineData("picture:yes from:1977 to:2002")]
    public void Timeline_PictureWordOrFlag_AsksForAPicture(string text)
    {
        var parsed = SlackCommandParser.ParseSlash("/timeline", text);

        Assert.Equal("true", parsed.Options["picture"]);
        Assert.False(parsed.Options.ContainsKey("about"));
    }

    [Fact]
    public void Timeline_PictureWithATopic_KeepsTheTopic()
    {
        var first = SlackCommandParser.ParseSlash("/timeline", "picture abductees");
        var last = SlackCommandParser.ParseSlash("/abduction", "timeline from:2002 abductees picture");

        Assert.Equal(("true", "abductees"), (first.Options["picture"], first.Options["about"]));
        Assert.Equal(("timeline", "true", "abductees", "2002"), (last.Command, last.Options["picture"], last.Options["about"], last.Options["from"]));
    }

    [Theory]
    [InlineData("-- picture", "picture")]
    [InlineData("abductees picture families", "abductees picture families")]
    public void Timeline_PictureInsideATopic_OrAfterDoubleDash_IsPartOfTheTopic(string text, string about)
    {
        var parsed = SlackCommandParser.ParseSlash("/timeline", text);

        Assert.Equal(about, parsed.Options["about"]);
        Assert.False(parsed.Options.ContainsKey("picture"));
    }

    [Fact]
    public void Timeline_PictureAsTheFirstWord_IsTheOption_SoATopicStartingWithItNeedsDoubleDash()
    {
        var option = SlackCommandParser.ParseSlash("/timeline", "picture brides");
        var topic = SlackCommandParser.ParseSlash("/timeline", "-- picture brides");

        Assert.Equal(("true", "brides"), (option.Options["picture"], option.Options["about"]));
        Assert.Equal("picture brides", topic.Options["about"]);
    }

    [Fact]
    public void Timeline_PictureFalse_AsksForNone() =>
        Assert.Equal("false", SlackCommandParser.ParseSlash("/timeline", "picture:no").Options["picture"]);

    [Fact]
    public void Ask_PictureIsJustAWord() =>
        Assert.Equal("picture of the summit", SlackCommandParser.ParseSlash("/ask", "picture of the summit").Options["question"]);
}
