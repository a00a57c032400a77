using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Slack;

/// <summary>"More actions → Check with sources" on a Slack message: signed message_action payloads through the real host.</summary>
public sealed class SlackMessageShortcutTests : SlackHostTest
{
    private protected override void Configure(SlackTestFactory host) => host.Settings["ChatBot:Slack:AllowedChannelIds:0"] = "C1";

    [Fact]
    public async Task CheckWithSources_RepliesPrivatelyThroughTheResponseUrl_NamingTheDifference_WithCitedQuotes()
    {
        var text = "<@U024BE7LH> <!channel> North Korea allowed the five abductees to return home to Japan on October 15, 2003. <https://example.com/a|Source>";

        var response = await Host.PostSignedAsync("/slack/interactions", SlackSurfaceForms.MessageShortcut(text, Slack.ResponseUrl("check")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var reply = (await Slack.WaitForAsync(c => c.Path == "/hooks/check")).Json;
        Assert.Equal("ephemeral", (string)reply["response_type"]!);
        var blocks = reply["blocks"]!.AsArray();
        var body = string.Join("\n", blocks.Where(b => (string)b!["type"]! == "section").Select(b => (string)b!["text"]!["text"]!));
        Assert.True(body.Contains("differs from the message on the date", StringComparison.Ordinal), body);
        Assert.Contains("the message says “October 15, 2003”, this passage “October 15, 2002”", body, StringComparison.Ordinal);
        Assert.Contains(blocks, b => (string)b!["type"]! == "context" && ((string)b["elements"]![0]!["text"]!).StartsWith("*[1]*", StringComparison.Ordinal));
        Assert.DoesNotContain("<!channel>", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<@U024BE7LH>", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\b(true|false)\b", body);
    }

    [Fact]
    public async Task AShortcutInAChannelWhereTheBotIsOff_GetsTheRefusal_AndAnUnknownShortcutNothing()
    {
        await Host.PostSignedAsync("/slack/interactions", SlackSurfaceForms.MessageShortcut("North Korea admitted the abductions in 2002.", Slack.ResponseUrl("off"), channel: "C9"));
        await Host.PostSignedAsync("/slack/interactions", SlackSurfaceForms.MessageShortcut("North Korea admitted the abductions in 2002.", Slack.ResponseUrl("unknown"), callbackId: "something_else"));
        await Host.Work.WhenIdleAsync();

        var refusal = (await Slack.WaitForAsync(c => c.Path == "/hooks/off")).Json;
        Assert.Equal("ephemeral", (string)refusal["response_type"]!);
        Assert.Empty(Slack.Calls(c => c.Path == "/hooks/unknown"));
    }

    [Fact]
    public async Task AReplayedShortcut_IsRefused()
    {
        var body = SlackSurfaceForms.MessageShortcut("North Korea admitted the abductions in 2002.", Slack.ResponseUrl("once"), trigger: "t.shortcut-replay");

        var first = await Host.PostSignedAsync("/slack/interactions", body);
        var replay = await Host.PostSignedAsync("/slack/interactions", body);
        await Host.Work.WhenIdleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (first.StatusCode, replay.StatusCode));
        Assert.Single(Slack.Calls(c => c.Path == "/hooks/once"));
        Assert.NotNull(JsonNode.Parse(Slack.Calls(c => c.Path == "/hooks/once")[0].Body));
    }
}
