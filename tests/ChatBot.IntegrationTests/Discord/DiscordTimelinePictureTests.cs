using System.Net;
using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

using SkiaSharp;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// /timeline picture:true through the real host with signed interactions: Discord takes no file in an interaction's
/// first response, so the bot defers and edits @original with a multipart/form-data body (payload_json + files[0]).
/// </summary>
public sealed class DiscordTimelinePictureTests : DiscordHostTest
{
    [Fact]
    public async Task TimelineWithPicture_Defers_ThenEditsWithTheTextTimelineAndAValidPng()
    {
        var interaction = Payloads.Command("timeline", Payloads.Option("picture", 5, true));

        using var response = await Host.PostAsync(Client, interaction);
        var deferral = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var edit = await Host.Api.NextAsync(r => r.Path.Contains((string)interaction["token"]!, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((5, 64), ((int)deferral["type"]!, (int)deferral["data"]!["flags"]!));
        Assert.Equal(("PATCH", 200), (edit.Method, edit.Status));
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.StartsWith("multipart/form-data", edit.Headers["Content-Type"], StringComparison.Ordinal);

        var payload = JsonNode.Parse(edit.Body)!;
        Assert.Empty(payload["allowed_mentions"]!["parse"]!.AsArray());
        Assert.StartsWith("Timeline", (string)payload["embeds"]![0]!["title"]!, StringComparison.Ordinal);
        Assert.Contains("dated events", (string)payload["embeds"]![0]!["description"]!, StringComparison.Ordinal);
        var attachment = Assert.Single(payload["attachments"]!.AsArray())!;
        Assert.Equal((0, "timeline.png"), ((int)attachment["id"]!, (string)attachment["filename"]!));

        var file = edit.File(0)!;
        Assert.Equal(("timeline.png", "image/png"), (file.FileName, file.ContentType));
        Assert.InRange(file.Content.Length, 1, 1_000_000);
        using var bitmap = SKBitmap.Decode(file.Content);
        Assert.NotNull(bitmap);
        Assert.Equal(1200, bitmap.Width);
    }

    [Fact]
    public async Task TimelineWithoutPicture_IsAnsweredAsBefore_WithoutFiles()
    {
        var shown = await Host.SeeAsync(Client, Payloads.Command("timeline", Payloads.Option("from", 4, 2002)));

        Assert.Contains("dated event", (string)shown.Message["embeds"]![0]!["description"]!, StringComparison.Ordinal);
        Assert.Null(shown.Message["attachments"]);
        Assert.DoesNotContain(Host.Api.Requests, r => r.Parts is not null);
    }
}
