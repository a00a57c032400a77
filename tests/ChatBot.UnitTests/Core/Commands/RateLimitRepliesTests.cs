using ChatBot.Core.Commands;

namespace ChatBot.UnitTests.Commands;

public sealed class RateLimitRepliesTests
{
    [Theory]
    [InlineData("user", 5.2, "You're sending questions faster than I can answer them. Please wait about 6 seconds and try again.")]
    [InlineData("channel", 0.3, "This channel is asking a lot of questions right now. Please wait about 1 second and try again.")]
    [InlineData("press", 2, "You're pressing buttons faster than I can keep up. Please wait about 2 seconds and try again.")]
    [InlineData("global", 59.5, "Lots of people are asking questions right now. Please wait about 60 seconds and try again.")]
    public void Refuse_SaysWhyAndHowLongToWait(string scope, double seconds, string expected)
    {
        var refusal = RateLimitReplies.Refuse(scope, TimeSpan.FromSeconds(seconds));

        Assert.Equal(scope, refusal.Scope);
        Assert.Equal(ReplyKind.RateLimited, refusal.Reply.Kind);
        Assert.Equal(expected, refusal.Reply.Body);
    }

    [Fact]
    public void Refuse_WithoutAKnownWait_SaysTenSeconds() =>
        Assert.EndsWith("Please wait about 10 seconds and try again.", RateLimitReplies.Refuse("user", null).Reply.Body, StringComparison.Ordinal);
}
