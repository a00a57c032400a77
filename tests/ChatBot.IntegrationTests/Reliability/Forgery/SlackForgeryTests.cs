using System.Net;
using System.Text;

using ChatBot.Core.Answers;
using ChatBot.Core.Storage;
using ChatBot.IntegrationTests.Slack;
using ChatBot.Slack.Security;

using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace ChatBot.IntegrationTests.Reliability.Forgery;

/// <summary>
/// Ten thousand forgeries of genuinely signed Slack requests (an /ask slash command, an app_mention event and a 👍
/// press), spread over the three endpoints, through the real host and command layer.
/// </summary>
public sealed class SlackForgeryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Forgeries = 10_000;

    private readonly FakeCommandDispatcher counter = new();
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack, configure: counter.Decorate);
        host.Settings["Logging:LogLevel:Default"] = "Error";
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.Work.WhenIdleAsync();
        await host.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task ForgedRequests_AreAllRefusedWith401_OnEveryEndpoint_AndNothingIsDispatched_WhileTheGenuineOnesAreAccepted()
    {
        var scheme = new SigningScheme(
            "X-Slack-Signature",
            "X-Slack-Request-Timestamp",
            "v0=",
            (timestamp, body) => SlackSignatureVerifier.Sign(SlackTestFactory.SigningSecret, timestamp, body),
            (timestamp, body) => SlackSignatureVerifier.Sign("not-the-signing-secret", timestamp, body));
        var answerId = await host.Services.GetRequiredService<IAnswerArchive>().SaveAsync(
            new AnswerResult("When did the five abductees return?", AnswerStatus.Answered, "In October 2002 [1].", [], [], false, 0));
        var now = host.HostClock.GetUtcNow().ToUnixTimeSeconds();
        const string form = "application/x-www-form-urlencoded";
        WireRequest[] genuine =
        [
            scheme.Signed("/slack/commands", Bytes(SlackForms.Command("/ask", "When did the five abductees return to Japan?", slack.ResponseUrl("forged-ask"))), form, now),
            scheme.Signed("/slack/events", Bytes(SlackForms.Event("Ev-forgery-1", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> When did they return?", "1700000000.000300"))), "application/json", now),
            scheme.Signed("/slack/interactions", Bytes(SlackForms.BlockAction($"fb:up:{answerId}", slack.ResponseUrl("forged-press"))), form, now),
        ];
        var feedback = host.Services.GetRequiredService<IFeedbackStore>();
        using var client = host.CreateClient();
        var slackCallsBefore = slack.Calls(_ => true).Count;

        var failures = await ForgeryRun.SendAsync(client, new RequestForger(scheme), genuine, Forgeries, now, output);

        await host.Work.WhenIdleAsync();
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
        Assert.Equal(0, counter.Calls);
        Assert.Equal(slackCallsBefore, slack.Calls(_ => true).Count);
        Assert.Empty(await feedback.ListAsync(answerId));

        foreach (var request in genuine)
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await host.Work.WhenIdleAsync();
        Assert.Equal(3, counter.Calls);
        Assert.Equal(1, Assert.Single(await feedback.ListAsync(answerId)).Vote);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
