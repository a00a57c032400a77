using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackSocketModeTests : IAsyncLifetime
{
    private readonly FakeCommandDispatcher dispatcher = new();
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
    public async Task Envelopes_AreAcknowledged_RoutedLikeHttp_AndReconnectOnRefresh()
    {
        var socket = await slack.NextSocketAsync();
        var opened = await slack.WaitForAsync(c => c.IsApi("apps.connections.open"));
        Assert.Equal("Bearer xapp-test-token", opened.Authorization);
        await socket.SendAsync(Hello);

        var mention = SlackForms.Event("Ev-socket", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> over the socket?", "1700000001.000100"));
        await socket.SendAsync(Envelope("e1", "events_api", mention));
        Assert.Equal("e1", (string)(await socket.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000001.000100", StringComparison.Ordinal));

        await socket.SendAsync(Envelope("e2", "events_api", mention, retryAttempt: 1));
        Assert.Equal("e2", (string)(await socket.NextMessageAsync())["envelope_id"]!);

        var command = JsonSerializer.Serialize(new { command = "/ask", text = "public who?", user_id = "U1", user_name = "alice", channel_id = "C1", team_id = "T1", response_url = slack.ResponseUrl("sock-cmd"), trigger_id = "t.9" });
        await socket.SendAsync(Envelope("e3", "slash_commands", command, acceptsResponse: true));
        var commandAck = await socket.NextMessageAsync();
        Assert.Equal(("e3", "in_channel"), ((string)commandAck["envelope_id"]!, (string)commandAck["payload"]!["response_type"]!));

        var press = JsonSerializer.Serialize(new
        {
            type = "block_actions",
            trigger_id = "t.10",
            user = new { id = "U1", username = "alice" },
            team = new { id = "T1" },
            channel = new { id = "C1" },
            container = new { type = "message", message_ts = "1.2", channel_id = "C1" },
            response_url = slack.ResponseUrl("sock-press"),
            actions = new[] { new { action_id = "quotes:k9", block_id = "b", type = "button" } },
        });
        await socket.SendAsync(Envelope("e4", "interactive", press));
        Assert.Equal("e4", (string)(await socket.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.Path == "/hooks/sock-press");

        await socket.SendAsync("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"test"}}""");
        await socket.Closed.WaitAsync(FakeSlackServer.Patience);
        var second = await slack.NextSocketAsync();
        Assert.Equal(2, slack.Calls(c => c.IsApi("apps.connections.open")).Count);
        await second.SendAsync(Envelope("e5", "events_api", SlackForms.Event("Ev-socket-2", SlackForms.DirectMessage("after refresh?", "1700000001.000200"))));
        Assert.Equal("e5", (string)(await second.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("\"D1\"", StringComparison.Ordinal));

        await host.Work.WhenIdleAsync();
        Assert.Single(slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000001.000100", StringComparison.Ordinal)));
        Assert.Equal(["ask", "ask", "ask"], dispatcher.Commands.Select(c => c.Command));
        Assert.Equal(2, host.Services.GetRequiredService<SlackSocketModeService>().Connections);
    }

    [Fact]
    public async Task HttpEndpoints_AreNotMapped_InSocketMode()
    {
        await slack.NextSocketAsync();
        var response = await host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "x", slack.ResponseUrl("none")));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The connection cut mid-stream: no disconnect message, no close frame, half an envelope in flight.</summary>
    [Fact]
    public async Task ConnectionDroppedMidEnvelope_Reconnects_AndTheRedeliveredEnvelopeIsAnsweredOnce()
    {
        var first = await slack.NextSocketAsync();
        await first.SendAsync(Hello);
        await first.SendAsync(Envelope("d1", "events_api", Mention("before the cut?", "1700000002.000100")));
        Assert.Equal("d1", (string)(await first.NextMessageAsync())["envelope_id"]!);
        await slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000002.000100", StringComparison.Ordinal));

        var cut = Mention("cut mid-frame?", "1700000002.000200");
        var backoff = host.Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(1));
        await first.DropMidMessageAsync(Envelope("d2", "events_api", cut));
        host.Time.Fake.Advance(await backoff);
        var second = await slack.NextSocketAsync();
        await second.SendAsync(Hello);
        await second.SendAsync(Envelope("d2", "events_api", cut, retryAttempt: 1));
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

    private static string Envelope(string id, string type, string payload, bool acceptsResponse = false, int? retryAttempt = null) =>
        new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponse,
            ["retry_attempt"] = retryAttempt,
            ["payload"] = JsonNode.Parse(payload),
        }.ToJsonString();
}
