using ChatBot.Slack.Rendering;

namespace ChatBot.UnitTests.Slack;

public sealed class IncomingTextTests
{
    [Fact]
    public void ToPlain_StripsBotMention_AndNeutralisesOthers() =>
        Assert.Equal("ask @user about <!channel> & Kim", IncomingText.ToPlain("<@UBOT> ask <@U123ABC> about &lt;!channel&gt; &amp; Kim", "UBOT"));

    [Fact]
    public void ToPlain_TurnsLinksIntoTheirLabels() =>
        Assert.Equal("see Example and https://x.test/a", IncomingText.ToPlain("see <https://example.com|Example> and <https://x.test/a>"));

    [Fact]
    public void ToPlain_TurnsBroadcastsIntoWords() =>
        Assert.Equal("hello here and channel", IncomingText.ToPlain("hello <!here> and <!channel|@channel>"));
}
