using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackEventsTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>, IAsyncLifetime
{
    private FakeCommandDispatcher Dispatcher => fixture.Dispatcher;

    private FakeSlackServer Slack => fixture.Slack;

    public Task InitializeAsync()
    {
        Dispatcher.Reset();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => fixture.Host.Work.WhenIdleAsync();

    [Fact]
    public async Task UrlVerification_EchoesChallenge()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/events", """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string)json["challenge"]!);
    }

    [Fact]
    public async Task AppMention_IsAnsweredInItsThread_WithoutTheMention()
    {
        var response = await PostEvent("Ev-mention", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> who is Megumi Yokota?", "1700000000.000300"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var posted = await Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000300", StringComparison.Ordinal));
        Assert.Equal("1700000000.000300", (string)posted.Json["thread_ts"]!);
        Assert.Equal("C1", (string)posted.Json["channel"]!);
        Assert.False((bool)posted.Json["unfurl_links"]!);
        Assert.Equal("who is Megumi Yokota?", Assert.Single(Dispatcher.Commands).Option("question"));
        Assert.Equal("1700000000.000300", Dispatcher.Commands.Single().ThreadId);
    }

    [Fact]
    public async Task AppMention_InAThread_RepliesToTheThreadParent()
    {
        await PostEvent("Ev-thread", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> when?", "1700000000.000999", threadTs: "1700000000.000111"));
        var posted = await Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000111", StringComparison.Ordinal));
        Assert.Equal("1700000000.000111", (string)posted.Json["thread_ts"]!);
        Assert.Equal("1700000000.000111", Assert.Single(Dispatcher.Commands).ThreadId);
    }

    [Fact]
    public async Task DirectMessage_IsAnsweredInTheConversation()
    {
        await PostEvent("Ev-dm", SlackForms.DirectMessage("timeline from:1977", "1700000000.000400"));
        var posted = await Slack.WaitForAsync(c => c.IsApi("chat.postMessage") && c.Body.Contains("\"D1\"", StringComparison.Ordinal));
        Assert.Null(posted.Json["thread_ts"]);
        var request = Assert.Single(Dispatcher.Commands);
        Assert.Equal(("timeline", "1977", null), (request.Command, request.Option("from"), request.ThreadId));
    }

    [Fact]
    public async Task RefusalInAThread_IsShownOnlyToTheAsker()
    {
        Dispatcher.OnCommand = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.RateLimited, Body = "Slow down." });
        await PostEvent("Ev-refused", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> again?", "1700000000.000500"));
        var posted = await Slack.WaitForAsync(c => c.IsApi("chat.postEphemeral") && c.Body.Contains("1700000000.000500", StringComparison.Ordinal));
        Assert.Equal("U1", (string)posted.Json["user"]!);
    }

    [Theory]
    [InlineData("bot")]
    [InlineData("subtype")]
    [InlineData("self")]
    public async Task BotsEditsAndItself_AreNeverAnswered(string kind)
    {
        var inner = kind switch
        {
            "bot" => SlackForms.DirectMessage("hello", "1.1", botId: "B9"),
            "subtype" => SlackForms.DirectMessage("hello", "1.2", subtype: "message_changed"),
            _ => SlackForms.DirectMessage("hello", "1.3", user: FakeSlackServer.BotUserId),
        };
        var response = await PostEvent("Ev-ignore-" + kind, inner);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Host.Work.WhenIdleAsync();
        Assert.Empty(Dispatcher.Commands);
    }

    [Fact]
    public async Task Retries_AndDuplicateEventIds_AreAnsweredOnce()
    {
        var body = SlackForms.Event("Ev-dup", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> once?", "1700000000.000600"));
        var first = await fixture.Host.PostSignedAsync("/slack/events", body, "application/json");
        var retry = await fixture.Host.PostSignedAsync("/slack/events", body, "application/json", r =>
        {
            r.Headers.Add("X-Slack-Retry-Num", "1");
            r.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        });
        var duplicate = await fixture.Host.PostSignedAsync("/slack/events", body, "application/json");
        Assert.All([first, retry, duplicate], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await fixture.Host.Work.WhenIdleAsync();
        Assert.Single(Dispatcher.Commands);
        Assert.Single(Slack.Calls(c => c.IsApi("chat.postMessage") && c.Body.Contains("1700000000.000600", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MalformedJson_IsBadRequest_AndNotRetried()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/events", "{not json", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Slack-No-Retry").Single());
    }

    [Fact]
    public async Task OversizeMention_GetsAPoliteRefusal()
    {
        await PostEvent("Ev-big", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> " + new string('x', 1200), "1700000000.000700"));
        var posted = await Slack.WaitForAsync(c => c.IsApi("chat.postEphemeral") && c.Body.Contains("1700000000.000700", StringComparison.Ordinal));
        Assert.Contains("under 1000 characters", posted.Body, StringComparison.Ordinal);
        Assert.Empty(Dispatcher.Commands);
    }

    private Task<HttpResponseMessage> PostEvent(string eventId, object inner) =>
        fixture.Host.PostSignedAsync("/slack/events", SlackForms.Event(eventId, inner), "application/json");
}
