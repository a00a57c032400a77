using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Delivery;

public sealed class ReplyRunnerTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly CommandRequest Ask = new(ChatPlatform.Discord, new ChatUser("u1", "ann"), "c1", CommandNames.Ask, new Dictionary<string, string> { ["question"] = "When?" });

    private readonly FakeTimeProvider time = new();
    private readonly RecordingTelemetry telemetry = new();
    private readonly FakeReplyPort port = new();
    private readonly ReplyRunner runner;

    private Func<CommandRequest, bool> slow = _ => false;

    public ReplyRunnerTests() => runner = new ReplyRunner(time, telemetry, new SlowReplies(request => slow(request)));

    [Fact]
    public async Task ReplyReadyWithinTheBudget_IsTheFirstResponse_AndNothingIsDeliveredLater()
    {
        var response = await runner.RespondAsync(Job(_ => Task.FromResult(Reply.Info("In 2002."))), port);
        await runner.WhenIdleAsync();

        Assert.Equal("now: In 2002.", response);
        Assert.Empty(port.Later);
        Assert.Equal(0, runner.Pending);
    }

    [Fact]
    public async Task ReplyNotReadyWhenTheBudgetRunsOut_IsDeferred_ThenDeliveredOnce()
    {
        var answer = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);

        var responding = runner.RespondAsync(Job(_ => answer.Task), port);
        time.Advance(Budget);
        var response = await responding;
        answer.SetResult(Reply.Info("In 2002."));
        await runner.WhenIdleAsync();

        Assert.Equal("deferred", response);
        Assert.Empty(port.Now);
        Assert.Equal("In 2002.", Assert.Single(port.Later).Body);
    }

    [Fact]
    public async Task BudgetCountsFromArrival_SoARequestThatWaitedIsDeferredWithoutWaitingAgain()
    {
        var job = Job(_ => new TaskCompletionSource<Reply>().Task);
        time.Advance(Budget);

        Assert.Equal("deferred", await runner.RespondAsync(job, port));
    }

    [Fact]
    public async Task ExpectedSlowReply_IsDeferredAtOnce_EvenWhenItIsReadyAtOnce()
    {
        slow = request => request.Command == CommandNames.Ask;

        var response = await runner.RespondAsync(Job(_ => Task.FromResult(Reply.Info("In 2002."))) with { Request = Ask }, port);

        Assert.Equal("deferred", response);
        Assert.Equal("In 2002.", (await port.FirstDelivery).Body);
    }

    [Fact]
    public async Task ExpectedSlowReply_InAChannelTheAllowListRefuses_IsAnsweredInline_SoTheRefusalStaysPrivate()
    {
        slow = _ => true;
        using var gate = new RequestGate(null, time, allowLists: [new ChannelAllowList(ChatPlatform.Discord, ["c2"])]);
        using var guarded = new ReplyRunner(time, telemetry, new SlowReplies(request => slow(request)), gate);
        var refusal = Reply.Info("not here");

        var refused = await guarded.RespondAsync(Job(_ => Task.FromResult(refusal)) with { Request = Ask }, port);
        var allowed = await guarded.RespondAsync(Job(_ => Task.FromResult(refusal)) with { Request = Ask with { ChannelId = "c2" } }, port);

        Assert.Equal("now: not here", refused);
        Assert.Equal("deferred", allowed);
    }

    [Fact]
    public async Task WorkWithoutARequest_NeverAsksThePolicy_AndIsAnsweredInline()
    {
        slow = _ => throw new InvalidOperationException("must not be asked");

        var response = await runner.RespondAsync(Job(_ => Task.FromResult(Reply.Info("In 2002."))), port);

        Assert.Equal("now: In 2002.", response);
        Assert.Empty(telemetry.Failures);
    }

    [Fact]
    public void ExpectsSlowReply_ForAPictureEvenWithoutAPolicy()
    {
        using var plain = new ReplyRunner(time);
        var timeline = Ask with { Command = CommandNames.Timeline, Options = new Dictionary<string, string> { ["picture"] = "true" } };

        Assert.True(plain.ExpectsSlowReply(timeline));
        Assert.False(plain.ExpectsSlowReply(timeline with { Options = new Dictionary<string, string> { ["picture"] = "false" } }));
        Assert.False(plain.ExpectsSlowReply(Ask));
    }

    [Fact]
    public async Task WorkThatThrows_GivesOneApology_AndOneReportedFailure_NeverTheException()
    {
        var response = await runner.RespondAsync(Job(_ => throw new InvalidOperationException("secret internals")), port);

        Assert.Equal($"now: {ReplyRunner.FailureText}", response);
        Assert.Equal(ReplyKind.Error, Assert.Single(port.Now).Kind);
        var (command, exception) = Assert.Single(telemetry.Failures);
        Assert.Equal(("/ask", "secret internals"), (command, exception.Message));
    }

    [Fact]
    public async Task DeferredWorkThatThrows_DeliversOneApologyLater()
    {
        var answer = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);

        var responding = runner.RespondAsync(Job(_ => answer.Task), port);
        time.Advance(Budget);
        await responding;
        answer.SetException(new InvalidOperationException("late failure"));
        await runner.WhenIdleAsync();

        Assert.Equal(ReplyRunner.FailureText, Assert.Single(port.Later).Body);
        Assert.Single(telemetry.Failures);
    }

    [Fact]
    public async Task SlowReplyPolicyThatThrows_DefersAtOnce_AndIsReported()
    {
        slow = _ => throw new InvalidOperationException("policy");
        var response = await runner.RespondAsync(Job(_ => Task.FromResult(Reply.Info("ok"))) with { Request = Ask }, port);
        await runner.WhenIdleAsync();

        Assert.Equal("deferred", response);
        Assert.Equal("ok", Assert.Single(port.Later).Body);
        Assert.Equal("policy", Assert.Single(telemetry.Failures).Exception.Message);
    }

    [Fact]
    public async Task DeliveryThatFails_IsReportedOnce_AsADeliveryFailure()
    {
        var failing = new FakeReplyPort { DeliveryFailure = new HttpRequestException("404 Unknown Webhook") };

        runner.Defer(Job(_ => Task.FromResult(Reply.Info("ok"))), failing.DeliverLaterAsync);
        await runner.WhenIdleAsync();

        Assert.Single(failing.Later);
        Assert.Equal("/ask (delivery)", Assert.Single(telemetry.Failures).Command);
    }

    [Fact]
    public async Task Shutdown_WaitsForAnAnswerFinishingWithinTheGracePeriod()
    {
        var answer = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        runner.Defer(Job(_ => answer.Task), port.DeliverLaterAsync);

        var shutdown = runner.ShutdownAsync(TimeSpan.FromSeconds(10));
        answer.SetResult(Reply.Info("In 2002."));

        Assert.True(await shutdown);
        Assert.Equal("In 2002.", Assert.Single(port.Later).Body);
    }

    [Fact]
    public async Task Shutdown_AfterTheGracePeriod_CancelsTheWork_AndTellsTheUserToAskAgain()
    {
        runner.Defer(Job(async cancellationToken =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Reply.Info("never");
        }), port.DeliverLaterAsync);

        var shutdown = runner.ShutdownAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(ReplyRunner.RestartText, (await port.FirstDelivery).Body);
        Assert.False(await shutdown);
        Assert.Single(port.Later);
        Assert.Empty(telemetry.Failures);
        Assert.Equal(0, runner.Pending);
    }

    [Fact]
    public async Task BackgroundWorkThatThrows_IsReported_AndDrained()
    {
        runner.Run(ChatPlatform.Slack, "slack event", _ => throw new InvalidOperationException("event"));
        await runner.WhenIdleAsync();

        Assert.Equal("slack event", Assert.Single(telemetry.Failures).Command);
    }

    public void Dispose() => runner.Dispose();

    private sealed class SlowReplies(Func<CommandRequest, bool> isSlow) : ISlowReplyPolicy
    {
        public bool IsSlow(CommandRequest request) => isSlow(request);
    }

    private ReplyJob Job(Func<CancellationToken, Task<Reply>> work) =>
        new(ChatPlatform.Discord, "/ask", work) { ReceivedAt = time.GetTimestamp(), Budget = Budget };
}
