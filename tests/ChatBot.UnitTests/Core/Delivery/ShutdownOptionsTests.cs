using ChatBot.Core.Delivery;

namespace ChatBot.UnitTests.Delivery;

/// <summary>One shutdown timeout: answers get it less the notice period, so "please ask again" still goes out in time.</summary>
public sealed class ShutdownOptionsTests
{
    [Theory]
    [InlineData(20, 15)]
    [InlineData(10, 5)]
    [InlineData(6, 3)]
    [InlineData(0, 0)]
    public void AnswerGracePeriod_LeavesTheNoticePeriodWithinTheTimeout(int timeoutSeconds, double graceSeconds)
    {
        var options = new ShutdownOptions { ShutdownTimeout = TimeSpan.FromSeconds(timeoutSeconds) };

        Assert.Equal(TimeSpan.FromSeconds(graceSeconds), options.AnswerGracePeriod);
        Assert.True(options.AnswerGracePeriod + ReplyRunner.NoticePeriod <= options.ShutdownTimeout || options.AnswerGracePeriod * 2 == options.ShutdownTimeout);
    }
}
