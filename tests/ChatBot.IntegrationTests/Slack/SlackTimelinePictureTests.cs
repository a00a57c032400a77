using System.Text.Json.Nodes;

using SkiaSharp;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>
/// A timeline picture through the real host and signed requests: the text timeline as usual, then the PNG through
/// Slack's external upload (files.getUploadURLExternal, the upload URL, files.completeUploadExternal), in that order.
/// A private timeline's picture goes to the user's direct messages; a public one's to the channel thread.
/// </summary>
public sealed class SlackTimelinePictureTests : SlackHostTest
{
    [Fact]
    public async Task SlashTimelinePicture_PostsTheTextPrivately_ThenUploadsThePngToTheUsersDirectMessages()
    {
        var response = await Host.PostSignedAsync("/slack/commands", SlackForms.Command("/timeline", "picture", Slack.ResponseUrl("tl-picture"), channel: "C7", user: "U7"));
        var ack = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var complete = await Slack.WaitForAsync(c => c.IsApi("files.completeUploadExternal"));

        Assert.Equal("Looking that up…", (string)ack["text"]!);
        var calls = Slack.Calls(_ => true).Select(c => c.Path).ToList();
        var order = new[] { "/hooks/tl-picture", "/api/conversations.open", "/api/files.getUploadURLExternal", "/upload/", "/api/files.completeUploadExternal" }
            .Select(p => calls.FindIndex(c => c.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        var text = Slack.Calls(c => c.Path == "/hooks/tl-picture").Single().Json;
        Assert.Equal("ephemeral", (string)text["response_type"]!);
        Assert.Contains("direct messages", text.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("U7", Slack.Calls(c => c.IsApi("conversations.open")).Single().Form("users"));

        var png = AssertUploadedPng();
        Assert.Equal("DU7", (string)complete.Json["channel_id"]!);
        Assert.Null(complete.Json["thread_ts"]);
        Assert.Equal(SlackTestFactory.BotToken, complete.Authorization?.Replace("Bearer ", "", StringComparison.Ordinal));
        Assert.Equal(1200, png.Width);
    }

    [Fact]
    public async Task MentionTimelinePicture_PostsInTheThread_ThenSharesThePngInTheSameThread()
    {
        var ts = "1700000000.000777";
        await Host.PostSignedAsync("/slack/events", SlackForms.Event("Ev-picture", SlackForms.Mention($"<@{FakeSlackServer.BotUserId}> timeline from:2002 picture", ts, channel: "C9")), "application/json");
        var complete = await Slack.WaitForAsync(c => c.IsApi("files.completeUploadExternal"));

        var posted = Slack.Calls(c => c.IsApi("chat.postMessage")).Single();
        Assert.Equal(("C9", ts), ((string)posted.Json["channel"]!, (string)posted.Json["thread_ts"]!));
        Assert.Empty(Slack.Calls(c => c.IsApi("conversations.open")));
        Assert.Equal(("C9", ts), ((string)complete.Json["channel_id"]!, (string)complete.Json["thread_ts"]!));
        Assert.StartsWith("Timeline from 2002", (string)complete.Json["files"]![0]!["title"]!, StringComparison.Ordinal);
        using var png = AssertUploadedPng();
    }

    [Fact]
    public async Task RefusedUpload_TellsTheUser_AndKeepsTheTextTimeline()
    {
        Slack.Script("files.getUploadURLExternal", 200, body: """{"ok":false,"error":"missing_scope"}""");

        await Host.PostSignedAsync("/slack/commands", SlackForms.Command("/timeline", "--picture", Slack.ResponseUrl("tl-refused")));
        var notice = await Slack.WaitForAsync(c => c.Path == "/hooks/tl-refused" && c.Body.Contains("missing_scope", StringComparison.Ordinal));

        Assert.Contains("files:write", notice.Body, StringComparison.Ordinal);
        Assert.Contains(Slack.Calls(c => c.Path == "/hooks/tl-refused"), c => c.Body.Contains("dated event", StringComparison.Ordinal));
        Assert.Empty(Slack.Calls(c => c.IsApi("files.completeUploadExternal")));
    }

    /// <summary>The bytes the upload URL received: as long as announced, with no token, and a PNG.</summary>
    private SKBitmap AssertUploadedPng()
    {
        var reserve = Slack.Calls(c => c.IsApi("files.getUploadURLExternal")).Single();
        var upload = Slack.Calls(c => c.Path.StartsWith("/upload/", StringComparison.Ordinal)).Single();
        Assert.Equal(("timeline.png", upload.Raw!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), (reserve.Form("filename"), reserve.Form("length")));
        Assert.Null(upload.Authorization);
        Assert.Equal("image/png", upload.ContentType);
        return SKBitmap.Decode(upload.Raw) ?? throw new Xunit.Sdk.XunitException("the upload is not a picture");
    }
}
