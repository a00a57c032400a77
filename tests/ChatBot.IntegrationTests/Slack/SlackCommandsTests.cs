using System.Net;
using System.Text.Json.Nodes;
using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackCommandsTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>, IAsyncLifetime
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
    public async Task Ask_AnswersInline_Ephemeral_WithCitationContextAndButtons()
    {
        var response = await Post("/ask", "When did North Korea admit the abductions?", "ask-inline");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await Json(response);
        Assert.Equal("ephemeral", (string)json["response_type"]!);
        var blocks = json["blocks"]!.AsArray();
        Assert.Contains(blocks, b => (string)b!["type"]! == "context" && ((string)b["elements"]![0]!["text"]!).Contains("<https://example.org/a|Source>", StringComparison.Ordinal));
        Assert.Contains(blocks, b => (string)b!["type"]! == "actions");
        var request = Assert.Single(Dispatcher.Commands);
        Assert.Equal(("ask", ChatPlatform.Slack, "C1", "U1", "T1"), (request.Command, request.Platform, request.ChannelId, request.User.Id, request.WorkspaceId));
        Assert.Equal("When did North Korea admit the abductions?", request.Option("question"));
        Assert.Empty(Slack.Calls(c => c.Path == "/hooks/ask-inline"));
    }

    [Fact]
    public async Task Ask_PublicWord_AnswersInChannel()
    {
        var json = await Json(await Post("/ask", "public who was abducted?", "ask-public"));
        Assert.Equal("in_channel", (string)json["response_type"]!);
        Assert.True(Assert.Single(Dispatcher.Commands).Flag("public"));
    }

    [Theory]
    [InlineData("/timeline", "from:1977 to:2002 Yokota", "timeline")]
    [InlineData("/sources", "", "sources")]
    [InlineData("/abduction-help", "", "help")]
    [InlineData("/abduction", "timeline from:1977", "timeline")]
    [InlineData("/abduction", "who is Megumi Yokota?", "ask")]
    public async Task EachCommand_ReachesTheCommandLayer(string command, string text, string expected)
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command(command, text, Slack.ResponseUrl("each")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(Dispatcher.Commands).Command);
    }

    [Fact]
    public async Task Timeline_PassesYearsAndTopic()
    {
        await Post("/timeline", "from:1977 to:2002 Megumi Yokota", "tl");
        var request = Assert.Single(Dispatcher.Commands);
        Assert.Equal(("1977", "2002", "Megumi Yokota"), (request.Option("from"), request.Option("to"), request.Option("about")));
    }

    [Fact]
    public async Task SlowAnswer_IsAcknowledged_ThenPostedOnceToResponseUrl()
    {
        Dispatcher.Slow = true;
        var json = await Json(await Post("/ask", "Who is Megumi Yokota?", "slow"));
        Assert.Equal("Looking that up…", (string)json["text"]!);

        var posted = await Slack.WaitForAsync(c => c.Path == "/hooks/slow");
        Assert.Contains("Who is Megumi Yokota?", posted.Body, StringComparison.Ordinal);
        Assert.Null(posted.Authorization);
        await fixture.Host.Work.WhenIdleAsync();
        Assert.Single(Slack.Calls(c => c.Path == "/hooks/slow"));
    }

    [Fact]
    public async Task AnswerNotReadyWithinBudget_GoesToResponseUrl_WhenItIsReady()
    {
        Dispatcher.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var budget = fixture.Time.NextTimerAsync(d => d == TimeSpan.FromSeconds(2.5));
        var acknowledged = Post("/ask", "Who?", "late");
        await budget;
        fixture.Time.Fake.Advance(TimeSpan.FromSeconds(2.5) - TimeSpan.FromTicks(1));
        var acknowledgedEarly = acknowledged.IsCompleted;
        fixture.Time.Fake.Advance(TimeSpan.FromTicks(1));
        var json = await Json(await acknowledged.WaitAsync(FakeSlackServer.Patience));
        Assert.False(acknowledgedEarly);
        Assert.Equal("Looking that up…", (string)json["text"]!);
        Assert.Empty(Slack.Calls(c => c.Path == "/hooks/late"));

        Dispatcher.Gate.SetResult();
        var posted = await Slack.WaitForAsync(c => c.Path == "/hooks/late");
        Assert.Equal("ephemeral", (string)posted.Json["response_type"]!);
    }

    [Fact]
    public async Task OversizeText_IsRefusedPolitely_WithoutDispatching()
    {
        var json = await Json(await Post("/ask", new string('a', 1001), "big"));
        Assert.Contains("under 1000 characters", (string)json["text"]!, StringComparison.Ordinal);
        Assert.Empty(Dispatcher.Commands);
    }

    [Fact]
    public async Task CommandLayerFailure_ShowsSafeText_NeverTheException()
    {
        Dispatcher.OnCommand = (_, _) => throw new InvalidOperationException("secret stack detail");
        var body = await (await Post("/ask", "Who?", "boom")).Content.ReadAsStringAsync();
        Assert.Contains("Sorry, something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret stack detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderators_AreReportedAsRawFacts()
    {
        await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who?", Slack.ResponseUrl("m1"), user: "UMOD"));
        await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who?", Slack.ResponseUrl("m2"), user: "UGROUPMOD"));
        await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command("/ask", "Who?", Slack.ResponseUrl("m3"), user: "U1"));
        var users = Dispatcher.Commands.Select(c => c.User).ToList();
        Assert.Equal((MemberPermissions.None, 0), (users[0].Permissions, users[0].RoleIds.Count));
        Assert.Equal(["SMODS"], users[1].RoleIds);
        Assert.Equal((MemberPermissions.None, 0), (users[2].Permissions, users[2].RoleIds.Count));
    }

    [Fact]
    public async Task FormReply_OpensModal_WithTriggerId()
    {
        Dispatcher.OnCommand = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.Info, Form = new ReplyForm("fc:new", "New fact card", [new FormField("claim", "Claim")]) });
        var response = await fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command("/abduction", "help", Slack.ResponseUrl("form"), trigger: "trig-42"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var opened = await Slack.WaitForAsync(c => c.IsApi("views.open") && c.Body.Contains("trig-42", StringComparison.Ordinal));
        Assert.Equal("fc:new", (string)opened.Json["view"]!["callback_id"]!);
        Assert.Equal("Bearer " + SlackTestFactory.BotToken, opened.Authorization);
    }

    [Fact]
    public async Task SslCheck_IsAnsweredWithoutDispatch()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", "ssl_check=1&token=x");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Dispatcher.Commands);
    }

    [Theory]
    [InlineData("command=%2Fask&text=hi")]
    [InlineData("user_id=U1&channel_id=C1")]
    [InlineData("command=%2Fask&command=%2Fsources&user_id=U1&channel_id=C1")]
    [InlineData("this is not a form at all")]
    public async Task MalformedForm_IsBadRequest(string body)
    {
        var response = await fixture.Host.PostSignedAsync("/slack/commands", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Dispatcher.Commands);
    }

    private Task<HttpResponseMessage> Post(string command, string text, string hook) =>
        fixture.Host.PostSignedAsync("/slack/commands", SlackForms.Command(command, text, Slack.ResponseUrl(hook)));

    private static async Task<JsonObject> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
