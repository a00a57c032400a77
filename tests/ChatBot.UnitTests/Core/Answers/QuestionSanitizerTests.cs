using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Answers;
using ChatBot.Core.Text;

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

    /// <summary>
    /// A clean question is taken as it is and one without mention characters skips the mention scans: every text built
    /// from these pieces (spaces, tabs, controls, invisible characters, mentions, letters) is cleaned exactly as the
    /// full cleaning and every mention pattern clean it.
    /// </summary>
    [Fact]
    public void Sanitize_EqualsCleaningEveryCharacterAndEveryPattern_ForGeneratedQuestions()
    {
        string[] pieces = ["who", "When", " ", "  ", "\t", "\n", "\u0000", "\u0007", "\u200B", "\uFEFF", "?", "é", "😀", "@everyone", "<@123>", "#channel", "@user", "＠here", "<!here>", "a@b", "#1", "<", "2002"];
        var random = new Random(5);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 9); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var raw = text.ToString();
            Assert.Equal(Reference(raw), QuestionSanitizer.Sanitize(raw));
        }
    }

    /// <summary>The sanitizer as it was: every character through the builder, every mention pattern run.</summary>
    private static (string, string?) Reference(string raw)
    {
        var builder = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c) || (char.IsControl(c) && c != '\u0000'))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (InvisibleCharacters.IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var result = MentionNeutralizer.Neutralize(Regex.Replace(Regex.Replace(builder.ToString(), @"<!(?<name>here|channel|everyone)(\|[^>]*)?>", " ", RegexOptions.IgnoreCase), "[@＠](?<name>everyone|here|channel)\\b", " ", RegexOptions.IgnoreCase));
        result = Regex.Replace(result, @"(?<![\w@#])[@#](?:user|role|group|channel)\b", " ");
        var question = Regex.Replace(result, "[ \t]{2,}", " ").Trim();
        return question.Length == 0 ? ("", "Please ask a question: the message was empty.") : (question, null);
    }
}
