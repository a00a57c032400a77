using ChatBot.Slack.Handling;

namespace ChatBot.UnitTests.Slack;

public sealed class SlackCorpusCommandParserTests
{
    [Theory]
    [InlineData("/corpus", "add https://news.example/a?b=1")]
    [InlineData("/corpus", "add <https://news.example/a?b=1>")]
    [InlineData("/corpus", "add <https://news.example/a?b=1|news.example/a>")]
    [InlineData("/corpus", "add url:https://news.example/a?b=1")]
    [InlineData("/corpus", "https://news.example/a?b=1")]
    [InlineData("/abduction", "corpus add <https://news.example/a?b=1>")]
    public void CorpusAdd_TakesTheBareAddress_HoweverSlackWrappedIt(string command, string text)
    {
        var parsed = SlackCommandParser.ParseSlash(command, text);

        Assert.Equal(("corpus", "add", "https://news.example/a?b=1"), (parsed.Command, parsed.Subcommand, parsed.Options["url"]));
    }

    [Fact]
    public void CorpusAdd_WithoutAnAddress_HasNoUrl()
    {
        var parsed = SlackCommandParser.ParseSlash("/corpus", "add");

        Assert.Equal(("corpus", "add"), (parsed.Command, parsed.Subcommand));
        Assert.False(parsed.Options.ContainsKey("url"));
    }
}
