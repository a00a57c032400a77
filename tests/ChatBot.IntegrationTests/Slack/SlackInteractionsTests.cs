using System.Net;
using System.Text.Json;
using ChatBot.Core.Commands;

namespace ChatBot.IntegrationTests.Slack;

public sealed class SlackInteractionsTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>, IAsyncLifetime
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
    public async Task ButtonPress_BecomesComponentRequest_AndReplacesTheMessage()
    {
        Dispatcher.OnComponent = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.Answer, Body = "Quotes [1]", ShowQuotes = true, ReplaceOriginal = true });
        var response = await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("quotes:k1", Slack.ResponseUrl("press")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var posted = await Slack.WaitForAsync(c => c.Path == "/hooks/press");
        Assert.True((bool)posted.Json["replace_original"]!);
        var request = Assert.Single(Dispatcher.Components);
        Assert.Equal(("quotes:k1", "C1", "U1", "1700000000.000200", "T1"), (request.ActionId, request.ChannelId, request.User.Id, request.MessageId, request.WorkspaceId));
    }

    [Fact]
    public async Task ButtonPress_WithNewPublicReply_PostsInChannelWithoutReplacing()
    {
        Dispatcher.OnComponent = (_, _) => Task.FromResult(new Reply { Kind = ReplyKind.Timeline, Body = "Timeline", Visibility = ReplyVisibility.Public });
        await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("tl:k1", Slack.ResponseUrl("tl")));
        var posted = await Slack.WaitForAsync(c => c.Path == "/hooks/tl");
        Assert.Equal(("in_channel", false), ((string)posted.Json["response_type"]!, (bool)posted.Json["replace_original"]!));
    }

    [Fact]
    public async Task LinkButtonPress_IsAcknowledged_ButNotDispatched()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("slack-link:open:1", Slack.ResponseUrl("link"), url: "https://example.org"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Host.Work.WhenIdleAsync();
        Assert.Empty(Dispatcher.Components);
    }

    [Fact]
    public async Task ButtonThatNeedsAForm_OpensModal_AndItsSubmissionComesBackAsValues()
    {
        Dispatcher.OnComponent = (r, _) => Task.FromResult(r.ActionId == "fc:edit:7"
            ? new Reply { Kind = ReplyKind.Info, Form = new ReplyForm("fc:save:7", "Edit fact card", [new FormField("claim", "Claim", Multiline: true)]) }
            : Reply.Info("Saved."));
        await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("fc:edit:7", Slack.ResponseUrl("modal"), trigger: "t.edit-7"));
        var opened = await Slack.WaitForAsync(c => c.IsApi("views.open") && c.Body.Contains("fc:save:7", StringComparison.Ordinal));
        Assert.Equal("t.edit-7", (string)opened.Json["trigger_id"]!);
        var metadata = (string)opened.Json["view"]!["private_metadata"]!;

        var submitted = await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.ViewSubmission("fc:save:7", metadata, new() { ["claim"] = "Abducted in 1977." }));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("", await submitted.Content.ReadAsStringAsync());

        var answer = await Slack.WaitForAsync(c => c.Path == "/hooks/modal" && c.Body.Contains("Saved.", StringComparison.Ordinal));
        Assert.Equal("ephemeral", (string)answer.Json["response_type"]!);
        var submission = Dispatcher.Components.Last();
        Assert.Equal(("fc:save:7", "C1", "Abducted in 1977."), (submission.ActionId, submission.ChannelId, submission.FormValues["claim"]));
    }

    [Fact]
    public async Task ViewSubmission_WithForeignMetadata_IsAcknowledgedAndIgnored()
    {
        var response = await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.ViewSubmission("fc:save:1", "not json", new() { ["claim"] = "x" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.Host.Work.WhenIdleAsync();
        Assert.Empty(Dispatcher.Components);
    }

    [Theory]
    [InlineData("")]
    [InlineData("payload=%7Bbroken")]
    [InlineData("nopayload=1")]
    public async Task MissingOrBrokenPayload_IsBadRequest(string body) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.Host.PostSignedAsync("/slack/interactions", body)).StatusCode);

    [Fact]
    public async Task ResponseUrlOutsideSlack_IsNeverCalled()
    {
        await fixture.Host.PostSignedAsync("/slack/interactions", SlackForms.BlockAction("quotes:k1", "http://169.254.169.254/latest"));
        await fixture.Host.Work.WhenIdleAsync();
        Assert.Single(Dispatcher.Components);
        Assert.DoesNotContain(JsonSerializer.Serialize(Slack.Calls(_ => true).Select(c => c.Path)), "latest", StringComparison.Ordinal);
    }
}
