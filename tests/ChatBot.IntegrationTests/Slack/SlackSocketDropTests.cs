using System.Text.Json.Nodes;

using ChatBot.Slack.SocketMode;

using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>The Socket Mode connection cut mid-stream (no disconnect message, no close frame, half an envelope in flight).</summary>
public sealed class SlackSocketDropTests : IAsyncLifetime
{
    private readonly RecordingDispatcher dispatcher = new();
    private FakeSlackServer slack = null!;
    private SlackTestFactory host = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlackServer.StartAsync();
        host = new SlackTestFactory(slack, dispatcher);
        host.Settings["ChatBot:Slack:Mode"] = "Socket";
        host.Settings["ChatBot:Slack:AppToken"] = "xapp-test-token";
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.Work.WhenIdleAsync();
        await host.DisposeAsync();
        await slack.DisposeAsync();
    }

    [Fact]
    public async Task ConnectionDroppedMidEnvelope_Reconnects_AndTheRedeliveredEnvelopeIsAnsweredOnce()
    {
        var first = await slack.NextSocketAsync();
        await first.SendAsync(Hello);
        await first.SendAsync(Envelope("d1", Mention("before the cut?", "1700000002.000100")));
        Assert.Equal("d1", (string)(await first.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000002.000100", StringComparison.Ordinal));

        var cut = Mention("cut mid-frame?", "1700000002.000200");
        await first.DropMidMessageAsync(Envelope("d2", cut));
        var second = await slack.NextSocketAsync();
        await second.SendAsync(Hello);
        await second.SendAsync(Envelope("d2", cut, retryAttempt: 1));
        Assert.Equal("d2", (string)(await second.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000002.000200", StringComparison.Ordinal));
        await host.Work.WhenIdleAsync();

        Assert.Equal(2, slack.Calls(c => c.IsApi("apps.connections.open")).Count);
        Assert.Equal(2, host.Services.GetRequiredService<SlackSocketModeService>().Connections);
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000002.000200", StringComparison.Ordinal)));
        Assert.Equal(["before the cut?", "cut mid-frame?"], dispatcher.Commands.Select(c => c.Option("question")));
    }

    private const string Hello = """{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"},"debug_info":{"host":"test"}}""";

    private static string Mention(string question, string ts) =>
        SlackForms.Event("Ev-" + ts, SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> {question}", ts));

    private static string Envelope(string id, string payload, int? retryAttempt = null) =>
        new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = "events_api",
            ["accepts_response_payload"] = false,
            ["retry_attempt"] = retryAttempt,
            ["payload"] = JsonNode.Parse(payload),
        }.ToJsonString();
}
