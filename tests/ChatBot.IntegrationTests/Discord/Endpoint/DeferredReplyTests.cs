using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Core.Delivery;
using ChatBot.Core.Storage;
using ChatBot.Discord.Interactions;
using ChatBot.IntegrationTests.Discord.Support;
using ChatBot.UnitTests.Discord.Support;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.IntegrationTests.Discord.Endpoint;

public sealed class DeferredReplyTests : IAsyncLifetime
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeDiscordApi api = null!;

    public async Task InitializeAsync() => api = await FakeDiscordApi.StartAsync();

    public async Task DisposeAsync()
    {
        release.TrySetResult();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task SlowReply_IsDeferredAtOnce_ThenTheOriginalResponseIsEdited()
    {
        await using var host = await StartAsync(slow: true);
        var interaction = Payloads.Command("ask", Payloads.Option("question", 3, "When?"));

        var response = await host.RespondAsync(interaction);
        release.SetResult();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", response.ToJsonString());
        Assert.Equal($"/api/v10/webhooks/{Payloads.ApplicationId}/{interaction["token"]}/messages/@original", edit.Path);
        var body = JsonNode.Parse(edit.Body)!;
        Assert.Contains("[1]", (string)body["embeds"]![0]!["description"]!);
        Assert.Equal("""{"parse":[]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.False(edit.Headers.ContainsKey("Authorization"));
        Assert.StartsWith("DiscordBot (", edit.Headers["User-Agent"]);
    }

    [Fact]
    public async Task PublicAsk_IsDeferredPublicly()
    {
        await using var host = await StartAsync(slow: true);

        var response = await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?"), Payloads.Option("public", 5, true)));
        release.SetResult();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal("""{"type":5,"data":{}}""", response.ToJsonString());
        Assert.Null(JsonNode.Parse(edit.Body)!["flags"]);
    }

    [Fact]
    public async Task ReplyNotReadyWithinTheBudget_IsDeferred_ThenDelivered()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: false, time: clock);

        var responding = host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(responding.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        var response = await responding.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal(5, (int)response["type"]!);
        Assert.Contains("embeds", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBudget_CountsFromTheInteractionsArrival_NotFromWhenItsHandlerRan()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: false, time: clock, services: s => s.AddSingleton<IReplayStore>(new SlowReplayStore(() => clock.Advance(TimeSpan.FromSeconds(1)))));

        var responding = host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(0.5));
        var response = await responding.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();

        Assert.Equal(5, (int)response["type"]!);
        Assert.Contains("embeds", (await api.NextAsync(r => r.Method == "PATCH")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyComputedWithoutAwaiting_IsStillDeferred_WhenTheBudgetRunsOut()
    {
        // Without a model the answer is pure CPU work: the dispatcher returns only when it is done, never yielding.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: false, time: clock);
        using var computed = new ManualResetEventSlim();
        host.Dispatcher.OnCommand = (_, _) =>
        {
            computed.Wait(TimeSpan.FromSeconds(10));
            return Task.FromResult(Replies.Answer());
        };

        var responding = host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(2));
        var response = await responding.WaitAsync(TimeSpan.FromSeconds(5));
        computed.Set();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal(5, (int)response["type"]!);
        Assert.Contains("embeds", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailureAfterDeferral_StillEditsTheMessage_WithSafeText()
    {
        await using var host = await StartAsync(slow: true);
        host.Dispatcher.OnCommand = async (_, _) =>
        {
            await release.Task;
            throw new InvalidOperationException("database at /var/lib/secret exploded");
        };

        await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        release.SetResult();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal(ReplyRunner.FailureText, (string)JsonNode.Parse(edit.Body)!["content"]!);
        Assert.DoesNotContain("secret", edit.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowButton_IsDeferredAsAnUpdate_ThenTheMessageIsEdited()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: false, time: clock);

        var responding = host.RespondAsync(Payloads.Button("quotes:k1"));
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(2));
        var response = await responding.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        var edit = await api.NextAsync();

        Assert.Equal("""{"type":6}""", response.ToJsonString());
        Assert.Equal("PATCH", edit.Method);
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowButtonWithANewMessage_IsAFollowUp_WithItsVisibility()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: false, time: clock, reply: Replies.Answer());
        var interaction = Payloads.Button("tl:k1");

        var responding = host.RespondAsync(interaction);
        await host.Dispatcher.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(2));
        await responding.WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult();
        var followUp = await api.NextAsync();

        Assert.Equal(("POST", $"/api/v10/webhooks/{Payloads.ApplicationId}/{interaction["token"]}"), (followUp.Method, followUp.Path));
        Assert.Equal(64, (int)JsonNode.Parse(followUp.Body)!["flags"]!);
    }

    [Fact]
    public async Task FormThatArrivesAfterDeferral_BecomesANotice()
    {
        await using var host = await StartAsync(slow: true, reply: new Reply { Kind = ReplyKind.FactCard, Form = new ReplyForm("fc:create", "New", [new FormField("t", "T")]) });

        await host.RespondAsync(Payloads.Command("factcard", Payloads.Subcommand("create")));
        release.SetResult();
        var edit = await api.NextAsync(r => r.Method == "PATCH");

        Assert.Equal(Responses.FormTooLateText, (string)JsonNode.Parse(edit.Body)!["content"]!);
    }

    [Fact]
    public async Task EditThatFailsWith500_IsRetried_AndDeliveredExactlyOnce()
    {
        await using var host = await StartAsync(slow: true, time: new InstantTimeProvider());
        api.FailNext("PATCH", "@original", 500, """{"message":"Internal Server Error","code":0}""");

        await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        release.SetResult();
        var first = await api.NextAsync();
        var second = await api.NextAsync();
        await host.Services.GetRequiredService<ReplyRunner>().WhenIdleAsync();

        Assert.Equal((500, 200), (first.Status, second.Status));
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(1, api.Requests.Count(r => r.Status == 200));
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task HostShutdown_WaitsForPendingAnswers_ThenTellsTheUserToAskAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await StartAsync(slow: true, time: clock);
        host.Dispatcher.OnCommand = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Replies.Answer();
        };
        var pending = host.Services.GetRequiredService<ReplyRunner>();

        await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        var shutdown = pending.ShutdownAsync(TimeSpan.FromSeconds(20));
        Assert.False(shutdown.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(20));
        var edit = await api.NextAsync(r => r.Method == "PATCH");
        var drained = await shutdown.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(drained);
        Assert.Equal(ReplyRunner.RestartText, (string)JsonNode.Parse(edit.Body)!["content"]!);
        Assert.Equal(0, pending.Pending);
    }

    [Fact]
    public async Task Logs_NeverContainTheInteractionTokenOrTheBotToken()
    {
        await using var host = await StartAsync(slow: true, time: new InstantTimeProvider());
        api.FailNext("PATCH", "@original", 404, """{"message":"Unknown Webhook","code":10015}""");

        await host.RespondAsync(Payloads.Command("ask", Payloads.Option("question", 3, "When?")));
        release.SetResult();
        await api.NextAsync();
        await host.Services.GetRequiredService<ReplyRunner>().WhenIdleAsync();

        Assert.Contains("Command /ask (delivery) failed", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Payloads.TokenPrefix, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordTestHost.BotToken, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("When?", host.Logs.AllText, StringComparison.Ordinal);
    }

    private async Task<DiscordTestHost> StartAsync(bool slow, TimeProvider? time = null, Reply? reply = null, Action<IServiceCollection>? services = null)
    {
        var dispatcher = new FakeCommandDispatcher { Slow = slow };
        dispatcher.OnCommand = async (_, cancellationToken) =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return reply ?? Replies.Answer();
        };
        dispatcher.OnComponent = async (_, cancellationToken) =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return reply ?? Replies.Answer() with { ReplaceOriginal = true };
        };
        return await DiscordTestHost.StartAsync(dispatcher, api.BaseUrl, time, services: services);
    }
}
