using ChatBot.Slack.Handling;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackCommandParserTests
{
    [Fact]
    public void Ask_PutsTextInQuestion()
    {
        var parsed = SlackCommandParser.ParseSlash("/ask", "When did North Korea admit the abductions?");
        Assert.Equal("ask", parsed.Command);
        Assert.Equal("When did North Korea admit the abductions?", parsed.Options["question"]);
        Assert.False(parsed.Options.ContainsKey("public"));
    }

    [Theory]
    [InlineData("public who was abducted in 1977?")]
    [InlineData("PUBLIC who was abducted in 1977?")]
    [InlineData("who was abducted in 1977? --public")]
    [InlineData("public:true who was abducted in 1977?")]
    public void Ask_PublicWordOrFlag_AsksForPublicAnswer(string text)
    {
        var parsed = SlackCommandParser.ParseSlash("/ask", text);
        Assert.Equal("true", parsed.Options["public"]);
        Assert.Equal("who was abducted in 1977?", parsed.Options["question"]);
    }

    [Fact]
    public void Ask_DoubleDash_EndsOptions_SoQuestionMayStartWithPublic()
    {
        var parsed = SlackCommandParser.ParseSlash("/ask", "-- public opinion on the abductions");
        Assert.False(parsed.Options.ContainsKey("public"));
        Assert.Equal("public opinion on the abductions", parsed.Options["question"]);
    }

    [Fact]
    public void Ask_SingleWordPublic_IsAQuestion() =>
        Assert.Equal("public", SlackCommandParser.ParseSlash("/ask", "public").Options["question"]);

    [Fact]
    public void Timeline_ReadsKeyedOptions_AndTopic()
    {
        var parsed = SlackCommandParser.ParseSlash("/timeline", "from:1977 to=2002 Megumi Yokota");
        Assert.Equal("timeline", parsed.Command);
        Assert.Equal("1977", parsed.Options["from"]);
        Assert.Equal("2002", parsed.Options["to"]);
        Assert.Equal("Megumi Yokota", parsed.Options["about"]);
    }

    [Fact]
    public void Timeline_AboutPrefix_KeepsWholeTopic() =>
        Assert.Equal("Megumi Yokota", SlackCommandParser.ParseSlash("/timeline", "about:Megumi Yokota").Options["about"]);

    [Fact]
    public void Ask_DoesNotTreatTimelineKeysAsOptions() =>
        Assert.Equal("what happened from:1977", SlackCommandParser.ParseSlash("/ask", "what happened from:1977").Options["question"]);

    [Theory]
    [InlineData("/sources", "", "sources")]
    [InlineData("/abduction-help", "", "help")]
    [InlineData("/abduction", "", "help")]
    [InlineData("/abduction", "help", "help")]
    [InlineData("/abduction", "sources", "sources")]
    [InlineData("/abduction", "timeline from:1990", "timeline")]
    [InlineData("/abduction", "ask who is Megumi Yokota?", "ask")]
    [InlineData("/abduction", "who is Megumi Yokota?", "ask")]
    public void Slash_MapsSeparateAndUmbrellaCommands(string command, string text, string expected) =>
        Assert.Equal(expected, SlackCommandParser.ParseSlash(command, text).Command);

    [Fact]
    public void Verb_WithoutVerb_IsAQuestion()
    {
        var parsed = SlackCommandParser.ParseVerb("who is Megumi Yokota?");
        Assert.Equal("ask", parsed.Command);
        Assert.Equal("who is Megumi Yokota?", parsed.Options["question"]);
    }

    [Theory]
    [InlineData("/factcard", "show the-2002-summit", "factcard", "show", "slug", "the-2002-summit")]
    [InlineData("/factcard", "list sanctions", "factcard", "list", "tag", "sanctions")]
    [InlineData("/factcard", "draft repatriation of the five", "factcard", "draft", "topic", "repatriation of the five")]
    [InlineData("/factcard", "the-2002-summit", "factcard", "show", "slug", "the-2002-summit")]
    [InlineData("/quiz", "score", "quiz", "score", null, null)]
    [InlineData("/quiz", "sanctions", "quiz", "start", "topic", "sanctions")]
    [InlineData("/reading", "Koizumi", "reading", null, "topic", "Koizumi")]
    [InlineData("/abduction", "factcard post summit-2002", "factcard", "post", "slug", "summit-2002")]
    public void ParseSlash_ReadsStudyCommands(string slash, string text, string command, string? subcommand, string? option, string? value)
    {
        var parsed = SlackCommandParser.ParseSlash(slash, text);
        Assert.Equal(command, parsed.Command);
        Assert.Equal(subcommand, parsed.Subcommand);
        if (option is null)
        {
            Assert.Empty(parsed.Options);
        }
        else
        {
            Assert.Equal(value, parsed.Options[option]);
        }
    }
}
