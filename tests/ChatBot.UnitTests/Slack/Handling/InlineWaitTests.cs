using ChatBot.Slack.Handling;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Slack;

public sealed class InlineWaitTests
{
    [Fact]
    public async Task CompletedWithin_True_WhenReplyIsReadyBeforeBudget()
    {
        var time = new FakeTimeProvider();
        var reply = new TaskCompletionSource<string>();
        var wait = InlineWait.CompletedWithinAsync(reply.Task, TimeSpan.FromMilliseconds(1500), time);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        reply.SetResult("answer");
        Assert.True(await wait);
    }

    [Fact]
    public async Task CompletedWithin_False_WhenBudgetRunsOut()
    {
        var time = new FakeTimeProvider();
        var reply = new TaskCompletionSource<string>();
        var wait = InlineWait.CompletedWithinAsync(reply.Task, TimeSpan.FromMilliseconds(1500), time);
        time.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(await wait);
    }

    [Fact]
    public async Task CompletedWithin_False_AtOnce_WithZeroBudget() =>
        Assert.False(await InlineWait.CompletedWithinAsync(new TaskCompletionSource().Task, TimeSpan.Zero, new FakeTimeProvider()));
}
