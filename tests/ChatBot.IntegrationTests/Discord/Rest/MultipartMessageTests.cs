using System.Text.Json.Nodes;

using ChatBot.Core.Commands;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Wire;
using ChatBot.IntegrationTests.Discord.Support;


namespace ChatBot.IntegrationTests.Discord.Rest;

public sealed class MultipartMessageTests : RestClientTest
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, 0xFF, 0x00];
    [Fact]
    public async Task EditWithAFile_IsMultipart_WithPayloadJsonAndTheFileAsFiles0()
    {
        var message = new RenderedMessage("", [], [], Ephemeral: true, [new ReplyAttachment("timeline.png", "image/png", Png, "Timeline: 3 dated events")]);

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", message.ToPayload(withFlags: false));

        var request = await Api.NextAsync();
        Assert.Equal(("PATCH", 200), (request.Method, request.Status));
        Assert.StartsWith("multipart/form-data; boundary=", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(["payload_json", "files[0]"], request.Parts!.Select(p => p.Name));
        var payload = JsonNode.Parse(request.Body)!;
        Assert.Empty(payload["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal((0, "timeline.png", "Timeline: 3 dated events"), ((int)payload["attachments"]![0]!["id"]!, (string)payload["attachments"]![0]!["filename"]!, (string)payload["attachments"]![0]!["description"]!));
        Assert.Null(payload["files"]);
        var file = request.File(0)!;
        Assert.Equal(("timeline.png", "image/png"), (file.FileName, file.ContentType));
        Assert.Equal(Png, file.Content);
    }

    [Fact]
    public async Task RetryOfAMessageWithAFile_SendsTheSameBodyAgain()
    {
        Api.FailNext("PATCH", "@original", 500);
        var message = new RenderedMessage("x", [], [], Ephemeral: false, [new ReplyAttachment("timeline.png", "image/png", Png, "alt")]);

        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", message.ToPayload(withFlags: false));

        Assert.Equal([500, 200], Api.Requests.Select(r => r.Status));
        Assert.All(Api.Requests, r => Assert.Equal(Png, r.File(0)!.Content));
    }

    [Fact]
    public async Task AMessageWithoutFiles_StaysJson()
    {
        await Client.EditOriginalResponseAsync(Payloads.ApplicationId, "token-1", new MessagePayload { Content = "hi", AllowedMentions = AllowedMentions.None });

        var request = await Api.NextAsync();
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Null(request.Parts);
        Assert.DoesNotContain("attachments", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongDescription_IsClippedToDiscordsLimit()
    {
        var payload = new RenderedMessage("", [], [], false, [new ReplyAttachment("t.png", "image/png", Png, new string('x', 5000))]).ToPayload(withFlags: false);

        Assert.Equal(RenderedMessage.MaxFileDescription, payload.Attachments![0].Description!.Length);
    }
}
