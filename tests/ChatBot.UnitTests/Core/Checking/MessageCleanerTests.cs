using ChatBot.Core.Checking;

namespace ChatBot.UnitTests.Checking;

public sealed class MessageCleanerTests
{
    [Theory]
    [InlineData("<@123> North Korea admitted it @everyone", "North Korea admitted it")]
    [InlineData("<@U024BE7LH> <!here> North Korea admitted it <#C123|general>", "North Korea admitted it")]
    [InlineData("see https://example.com/a?b=1 and www.example.org/x for North Korea", "see and for North Korea")]
    [InlineData("read <https://example.com/a|the NEPCAP piece> now", "read the NEPCAP piece now")]
    [InlineData("**Kim** ~~never~~ __admitted__ ||it|| :thinking: <:pepe:123456> <t:1700000000:R>", "Kim never admitted it")]
    [InlineData("before ```\nvar x = \"13 abductees\";\n``` after `code` end", "before\nafter end")]
    [InlineData("> quoted claim\n- a bullet\n1. a numbered point", "quoted claim\na bullet\na numbered point")]
    [InlineData("Japan &amp; North Korea &lt;3", "Japan & North Korea <3")]
    [InlineData("zero\u200Bwidth and bidi\u202E marks", "zerowidth and bidi marks")]
    public void Clean_KeepsOnlyTheProse(string message, string expected)
    {
        Assert.Equal(expected, MessageCleaner.Clean(message));
    }

    [Fact]
    public void Clean_KeepsTimesAndRatios_ThatLookLikeEmojiMarks()
    {
        Assert.Equal("At 10:30:45 the ratio was 2:1", MessageCleaner.Clean("At 10:30:45 the ratio was 2:1"));
    }

    [Fact]
    public void Clean_CutsAVeryLongMessage()
    {
        Assert.Equal(MessageCleaner.MaxLength, MessageCleaner.Clean(string.Concat(Enumerable.Repeat("North Korea admitted it. ", 400))).Length);
    }
}
