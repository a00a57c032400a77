using System.Net;
using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Slack;
using ChatBot.IntegrationTests.Discord.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Reliability.Overload;

/// <summary>
/// With every turn of the admission control taken, a new question waits in the queue: once it has waited the
/// platform's inline budget (on a fake clock) it is deferred, and it is answered as soon as a turn frees up.
/// </summary>
public sealed class AdmissionDeferralTests
{
    private const string Question = "When did the five abductees return to Japan?";
    private readonly ObservedTimeProvider clock = new();

    [Fact]
    public async Task Discord_AQuestionQueuedPastTheBudget_IsDeferredWithType5_ThenAnswered()
    {
        await using var host = await DiscordHost.StartAsync();
        host.Factory.Settings["ChatBot:Admission:MaxConcurrent"] = "1";
        using var client = host.Factory.CreateClient();
        var interaction = Payloads.Command("ask", Payloads.Option("question", 3, Question));

        JsonNode response;
        using (await host.Factory.Services.GetRequiredService<RequestGate>().EnterAsync())
        {
            var budget = host.Time.NextTimerAsync(d => d == TimeSpan.FromMilliseconds(1500));
            var responding = host.PostAsync(client, interaction);
            host.Time.Fake.Advance(await budget);
            using var first = await responding.WaitAsync(FakeSlackServer.Patience);
            response = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        }

        var edit = await host.Api.NextAsync(r => r.Method == "PATCH" && r.Path.Contains((string)interaction["token"]!, StringComparison.Ordinal));
        Assert.Equal(5, (int)response["type"]!);
        Assert.Contains("[1]", (string)JsonNode.Parse(edit.Body)!["embeds"]![0]!["description"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slack_TheBudgetCountsFromTheRequestsArrival_NotFromWhenItsHandlerRan()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        var dispatcher = new FakeCommandDispatcher { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var busyBeforeTheHandler = new SlowReplayStore(() => clock.Fake.Advance(TimeSpan.FromSeconds(1)));
        await using var host = new SlackTestFactory(slack, dispatcher, s => s.AddSingleton<TimeProvider>(clock).AddSingleton<ChatBot.Core.Storage.IReplayStore>(busyBeforeTheHandler));
        _ = host.Server;

        var budget = clock.NextTimerAsync(d => d == TimeSpan.FromMilliseconds(500));
        var responding = host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", Question, slack.ResponseUrl("late-start")));
        clock.Fake.Advance(await budget);
        using var response = await responding.WaitAsync(FakeSlackServer.Patience);
        dispatcher.Gate.SetResult();

        Assert.Contains("Looking that up", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await slack.WaitForAsync(c => c.Path == "/hooks/late-start");
    }

    [Fact]
    public async Task Slack_AQuestionQueuedPastTheBudget_IsAcknowledged_ThenAnsweredThroughTheResponseUrl()
    {
        await using var slack = await FakeSlackServer.StartAsync();
        await using var host = new SlackTestFactory(slack, configure: s => s.AddSingleton<TimeProvider>(clock));
        host.Settings["ChatBot:Admission:MaxConcurrent"] = "1";

        HttpResponseMessage response;
        using (await host.Services.GetRequiredService<RequestGate>().EnterAsync())
        {
            var budget = clock.NextTimerAsync(d => d == TimeSpan.FromMilliseconds(1500));
            var responding = host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", Question, slack.ResponseUrl("queued")));
            clock.Fake.Advance(await budget);
            response = await responding.WaitAsync(FakeSlackServer.Patience);
        }

        var answer = await slack.WaitForAsync(c => c.Path == "/hooks/queued");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Looking that up", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("[1]", answer.Body, StringComparison.Ordinal);
        response.Dispose();
    }
}
