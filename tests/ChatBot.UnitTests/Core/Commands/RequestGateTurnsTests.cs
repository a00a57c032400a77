using System.Collections.Concurrent;

using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands;

/// <summary>The turns of <see cref="RequestGate"/> (admission control), through the dispatcher; the rate limits are <see cref="RequestGateScenarios"/>.</summary>
public sealed class RequestGateTurnsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly HeldHandler handler = new();
    private readonly ScopeTelemetry telemetry = new();

    [Fact]
    public async Task OnlyMaxConcurrentCommands_AreWorkedOnAtOnce_TheRestWaitTheirTurnInOrder()
    {
        var dispatcher = Dispatcher(new AdmissionOptions { MaxConcurrent = 2 });

        var replies = Enumerable.Range(1, 5).Select(i => dispatcher.DispatchAsync(Ask($"q{i}"))).ToList();
        await handler.StartedCountAsync(2);
        Assert.Equal(["q1", "q2"], handler.Started);

        for (var next = 3; next <= 5; next++)
        {
            handler.Release($"q{next - 2}");
            await handler.StartedCountAsync(next);
        }

        handler.Release("q4");
        handler.Release("q5");

        Assert.All(await Task.WhenAll(replies), r => Assert.Equal(ReplyKind.Answer, r.Kind));
        Assert.Equal(["q1", "q2", "q3", "q4", "q5"], handler.Started);
    }

    [Fact]
    public async Task WhenTheQueueIsFull_ACommandIsToldTheBotIsBusy_AtOnce()
    {
        var dispatcher = Dispatcher(new AdmissionOptions { MaxConcurrent = 1, QueueLimit = 1 });
        var working = dispatcher.DispatchAsync(Ask("q1"));
        var waiting = dispatcher.DispatchAsync(Ask("q2"));
        await handler.StartedCountAsync(1);

        var refused = await dispatcher.DispatchAsync(Ask("q3"));

        Assert.Same(RequestGate.BusyReply, refused);
        Assert.Equal(["queue"], telemetry.Scopes);
        handler.Release("q1");
        handler.Release("q2");
        Assert.Equal(ReplyKind.Answer, (await waiting).Kind);
        Assert.Equal(["q1", "q2"], handler.Started);
        await working;
    }

    [Fact]
    public async Task ACommandThatWaitsPastTheQueueTimeout_IsToldTheBotIsBusy_AndNeverRuns()
    {
        var dispatcher = Dispatcher(new AdmissionOptions { MaxConcurrent = 1, QueueTimeout = TimeSpan.FromSeconds(30) });
        var working = dispatcher.DispatchAsync(Ask("q1"));
        await handler.StartedCountAsync(1);
        var waiting = dispatcher.DispatchAsync(Ask("q2"));

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(RequestGate.BusyReply, await waiting);
        handler.Release("q1");
        await working;
        Assert.Equal(["q1"], handler.Started);
        Assert.Equal(["queue"], telemetry.Scopes);
    }

    [Fact]
    public async Task ARequestOverItsRateLimit_IsRefusedAtOnce_WithoutWaitingForATurn()
    {
        var limits = Options.Create(new RateLimitOptions { UserBurst = 1, UserPerMinute = 1 });
        var dispatcher = new CommandDispatcher([handler], [], telemetry, new RequestGate(limits, time, new AdmissionOptions { MaxConcurrent = 1 }));
        var working = dispatcher.DispatchAsync(Ask("q1"));
        await handler.StartedCountAsync(1);

        var refused = await dispatcher.DispatchAsync(Ask("q2"));

        Assert.Equal(ReplyKind.RateLimited, refused.Kind);
        Assert.Equal(["user"], telemetry.Scopes);
        handler.Release("q1");
        await working;
        Assert.Equal(["q1"], handler.Started);
    }

    [Fact]
    public async Task ATurnIsGivenBack_WhenTheHandlerIsDone()
    {
        var gate = new RequestGate(null, time, new AdmissionOptions { MaxConcurrent = 1 });
        var dispatcher = new CommandDispatcher([handler], [], telemetry, gate);
        handler.Release("q1");

        await dispatcher.DispatchAsync(Ask("q1"));
        using var next = await gate.EnterAsync();

        Assert.Null(next.Refusal);
        Assert.Equal(0, gate.Waiting);
    }

    private CommandDispatcher Dispatcher(AdmissionOptions options) =>
        new([handler], [], telemetry, new RequestGate(null, time, options));

    private static CommandRequest Ask(string question) =>
        new(ChatPlatform.Discord, new ChatUser("u1"), "c1", "ask", new Dictionary<string, string> { ["question"] = question });

    /// <summary>An ask handler whose answers wait until the test releases them, recording the order they started in.</summary>
    private sealed class HeldHandler : ICommandHandler
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> held = new();
        private readonly ConcurrentQueue<string> started = new();
        private readonly SemaphoreSlim starts = new(0);

        public string Command => "ask";

        public IReadOnlyList<string> Started => [.. started];

        public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            var question = request.Option("question")!;
            started.Enqueue(question);
            starts.Release();
            await Gate(question).Task.WaitAsync(cancellationToken);
            return new Reply { Kind = ReplyKind.Answer, Body = question };
        }

        public void Release(string question) => Gate(question).TrySetResult();

        public async Task StartedCountAsync(int count)
        {
            while (started.Count < count)
            {
                Assert.True(await starts.WaitAsync(TimeSpan.FromSeconds(10)), $"only {started.Count} of {count} started");
            }
        }

        private TaskCompletionSource Gate(string question) => held.GetOrAdd(question, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
    }

    private sealed class ScopeTelemetry : IBotTelemetry
    {
        private readonly ConcurrentQueue<string> scopes = new();

        public IReadOnlyList<string> Scopes => [.. scopes];

        public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
        {
        }

        public void CommandFailed(ChatPlatform platform, string command, Exception exception)
        {
        }

        public void RateLimited(ChatPlatform platform, string scope) => scopes.Enqueue(scope);
    }
}
