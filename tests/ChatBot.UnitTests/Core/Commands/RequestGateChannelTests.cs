using ChatBot.Core.Answers;
using ChatBot.Core.Commands;

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands;

/// <summary>The channel allow-list as part of the one admission decision: the same rule for every platform, command and press.</summary>
public sealed class RequestGateChannelTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("C1", false, true)]
    [InlineData("C9", false, false)]
    [InlineData("D9", true, true)]
    public void WithAList_OnlyItsChannelsAndDirectMessagesAreAllowed(string channel, bool direct, bool allowed) =>
        Assert.Equal(allowed, Gate(new ChannelAllowList(ChatPlatform.Slack, ["C1"])).RefuseChannel(ChatPlatform.Slack, channel, direct) is null);

    [Fact]
    public void DirectMessagesTurnedOff_AreRefused_UnlessListed()
    {
        var gate = Gate(new ChannelAllowList(ChatPlatform.Slack, ["C1", "D1"], AllowDirectMessages: false));

        Assert.NotNull(gate.RefuseChannel(ChatPlatform.Slack, "D9", isDirectMessage: true));
        Assert.Null(gate.RefuseChannel(ChatPlatform.Slack, "D1", isDirectMessage: true));
    }

    [Fact]
    public void AnEmptyList_OrAnotherPlatformsList_AllowsEveryChannel()
    {
        var gate = Gate(new ChannelAllowList(ChatPlatform.Discord, []), new ChannelAllowList(ChatPlatform.Slack, ["C1"]));

        Assert.Null(gate.RefuseChannel(ChatPlatform.Discord, "900", isDirectMessage: false));
        Assert.NotNull(gate.RefuseChannel(ChatPlatform.Slack, "900", isDirectMessage: false));
        Assert.Null(new RequestGate(null, time).RefuseChannel(ChatPlatform.Slack, "900", isDirectMessage: false));
    }

    [Fact]
    public async Task ACommandAndAPress_OutsideTheList_GetThePoliteRefusal_BeforeCostingAToken()
    {
        var gate = Gate(new ChannelAllowList(ChatPlatform.Discord, ["1"]), limits: new RateLimitOptions { UserBurst = 1, PressBurst = 1 });

        var command = await gate.CheckAsync(ChatPlatform.Discord, "u1", "2");
        var press = await gate.CheckPressAsync(ChatPlatform.Discord, "u1", "2");

        Assert.Same(ChannelAllowList.Refusal, command?.Reply);
        Assert.Same(ChannelAllowList.Refusal, press?.Reply);
        Assert.Equal(ChannelAllowList.Scope, command?.Scope);
        Assert.Null(await gate.CheckAsync(ChatPlatform.Discord, "u1", "1"));
        Assert.Null(await gate.CheckPressAsync(ChatPlatform.Discord, "u1", "1"));
    }

    [Fact]
    public async Task Dispatcher_OutsideTheList_RunsNoHandler_CountsNoRateLimit_AndSuggestsNothing()
    {
        var handler = new CountingHandler();
        var telemetry = new RecordingScopes();
        var dispatcher = new CommandDispatcher([handler], [], telemetry, Gate(new ChannelAllowList(ChatPlatform.Slack, ["C1"])));
        var outside = RequestGateChecks.Command(ChatPlatform.Slack, "u1", "C9");

        var reply = await dispatcher.DispatchAsync(outside);
        var choices = await dispatcher.AutocompleteAsync(outside, "question");
        var inside = await dispatcher.DispatchAsync(outside with { ChannelId = "C1" });

        Assert.Same(ChannelAllowList.Refusal, reply);
        Assert.Empty(choices);
        Assert.Equal(ReplyKind.Answer, inside.Kind);
        Assert.Equal(1, handler.Calls);
        Assert.Empty(telemetry.Scopes);
    }

    [Fact]
    public void Refusal_IsPrivate_AndPolite()
    {
        Assert.Equal(ReplyVisibility.Ephemeral, ChannelAllowList.Refusal.Visibility);
        Assert.Equal(ReplyKind.Refused, ChannelAllowList.Refusal.Kind);
    }

    private RequestGate Gate(ChannelAllowList list, ChannelAllowList? other = null, RateLimitOptions? limits = null) =>
        new(limits is null ? null : Options.Create(limits), time, allowLists: other is null ? [list] : [list, other]);

    private sealed class CountingHandler : ICommandHandler
    {
        public int Calls { get; private set; }

        public string Command => CommandNames.Ask;

        public Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new Reply { Kind = ReplyKind.Answer, Body = "ok" });
        }

        public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AutocompleteChoice>>([new AutocompleteChoice("a", "a")]);
    }

    private sealed class RecordingScopes : IBotTelemetry
    {
        public List<string> Scopes { get; } = [];

        public void Answered(ChatPlatform platform, AnswerStatus status, bool cached, double elapsedMs)
        {
        }

        public void CommandFailed(ChatPlatform platform, string command, Exception exception)
        {
        }

        public void RateLimited(ChatPlatform platform, string scope) => Scopes.Add(scope);
    }
}
