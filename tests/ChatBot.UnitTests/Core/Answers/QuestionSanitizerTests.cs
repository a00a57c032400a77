using ChatBot.Core.Answers;

namespace ChatBot.UnitTests.Answers;

public sealed class QuestionSanitizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("\u200B\u200D\uFEFF")]
    public void Sanitize_RefusesEmptyQuestions(string raw)
    {
        var (_, error) = QuestionSanitizer.Sanitize(raw);
        Assert.Contains("empty", error);
    }

    [Fact]
    public void Sanitize_RefusesQuestionsOverTheLimit_NamingIt()
    {
        var (_, error) = QuestionSanitizer.Sanitize(new string('a', 1001));
        Assert.Contains("1,000 characters", error);
        Assert.Null(QuestionSanitizer.Sanitize(new string('a', 1000)).Error);
    }

    [Fact]
    public void Sanitize_StripsControlAndZeroWidthCharacters_AndCollapsesWhitespace()
    {
        var (question, error) = QuestionSanitizer.Sanitize("When\u200B did\u0007 the\r\n summit\u202E   happen?");
        Assert.Null(error);
        Assert.Equal("When did the summit happen?", question);
    }

    [Theory]
    [InlineData("<@123456789> when was the summit? @everyone", "when was the summit?")]
    [InlineData("<!channel> <!here|here> <@U024BE7LH> <!subteam^S1|@team> why?", "why?")]
    [InlineData("<@&987> <#42> @here ask", "ask")]
    [InlineData("who returned to Japan in 2002? @everyone <@123>", "who returned to Japan in 2002?")]
    [InlineData("@user @role what did @user say", "what did say")]
    [InlineData("what is the email user@example.org or #1 rank?", "what is the email user@example.org or #1 rank?")]
    public void Sanitize_TakesMentionsOutOfTheQuestion(string raw, string expected)
    {
        Assert.Equal(expected, QuestionSanitizer.Sanitize(raw).Question);
    }
}
